import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { settingsPatch } from './settings'
import { acceleratorProblem } from './shortcut'

describe('global shortcut accelerators', () => {
  it.each(['CommandOrControl+Shift+L', 'Alt+F9', 'Ctrl+Alt+Space', 'Super+Shift+/', 'F12', 'CmdOrCtrl+Plus'])(
    'accepts %s',
    (accelerator) => expect(acceleratorProblem(accelerator)).toBeNull(),
  )

  it.each([
    ['', 'empty'],
    ['Ctrl+Shift', 'noKey'],
    ['Ctrl+A+B', 'twoKeys'],
    ['Ctrl+Hyper+L', 'unknownPart'],
    ['Ctrl++', 'unknownPart'],
    ['L', 'noModifier'],
    ['Shift+Shift+L', 'repeated'],
  ])('refuses "%s" (%s)', (accelerator, problem) => expect(acceleratorProblem(accelerator)).toBe(problem))

  it('the settings schema puts the reason on the accelerator field', () => {
    const result = settingsPatch.safeParse({ globalShortcut: { enabled: true, accelerator: 'L' } })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({
      path: ['globalShortcut', 'accelerator'],
      message: 'validation:shortcut.noModifier',
    })
    expect(en.validation.shortcut.noModifier).toContain('modifier')
  })
})
