import { AppErrorException, appError } from '@shared/errors'
import { describe, expect, it, vi } from 'vitest'
import { createCopyAction, type PresetCopier } from './copy-action'
import { createShortcutBinding, type ShortcutPort } from './shortcut-binding'

function fakeRegistry(taken: string[] = []) {
  const registered = new Map<string, () => void>()
  const port: ShortcutPort = {
    register(accelerator, run) {
      if (taken.includes(accelerator) || registered.has(accelerator)) return false
      registered.set(accelerator, run)
      return true
    },
    unregister: (accelerator) => void registered.delete(accelerator),
  }
  return { port, registered, press: (accelerator: string) => registered.get(accelerator)?.() }
}

function presets(clipboard: string[]): PresetCopier {
  const all = [
    { id: 'a', name: 'US rotating', kind: 'extract' as const, isDefault: true, text: 'https://get-ip.example/a' },
    { id: 'b', name: 'DE curl', kind: 'endpoint' as const, isDefault: false, text: 'curl -x http://u:p@h:9999 …' },
  ]
  return {
    list: () => all,
    async copy(id) {
      const preset = id === undefined ? all.find((p) => p.isDefault) : all.find((p) => p.id === id)
      if (!preset) throw new AppErrorException(appError('not-found', 'That preset no longer exists.'))
      clipboard.push(preset.text)
      return { kind: preset.kind, name: preset.name }
    },
  }
}

describe('copying a preset from the tray or the shortcut', () => {
  it('puts the link on the clipboard, then confirms in a notification', async () => {
    const clipboard: string[] = []
    const notes: string[] = []
    const copy = createCopyAction({
      presets: presets(clipboard),
      notify: (title, body) => notes.push(`${title} | ${body}`),
    })
    await copy()
    await copy('b')
    expect(clipboard).toEqual(['https://get-ip.example/a', 'curl -x http://u:p@h:9999 …'])
    expect(notes).toEqual([
      'Copied “US rotating” | The extract link is on the clipboard.',
      'Copied “DE curl” | The proxy endpoint is on the clipboard.',
    ])
  })

  it('says why when nothing could be copied, and never claims it was', async () => {
    const notes: string[] = []
    const copy = createCopyAction({ presets: presets([]), notify: (title, body) => notes.push(`${title} | ${body}`) })
    await copy('gone')
    expect(notes).toEqual(['Could not copy | That preset no longer exists.'])
  })
})

describe('the global shortcut', () => {
  it('is registered only while enabled, and follows a changed accelerator', () => {
    const registry = fakeRegistry()
    const onPress = vi.fn()
    const binding = createShortcutBinding({ port: registry.port, onPress, onUnavailable: vi.fn() })
    binding.apply({ enabled: false, accelerator: 'CommandOrControl+Shift+L' })
    expect([...registry.registered.keys()]).toEqual([])
    binding.apply({ enabled: true, accelerator: 'CommandOrControl+Shift+L' })
    registry.press('CommandOrControl+Shift+L')
    expect(onPress).toHaveBeenCalledTimes(1)
    binding.apply({ enabled: true, accelerator: 'Alt+F9' })
    expect([...registry.registered.keys()]).toEqual(['Alt+F9'])
    binding.apply({ enabled: false, accelerator: 'Alt+F9' })
    expect([...registry.registered.keys()]).toEqual([])
  })

  it('says once when another application holds the accelerator, not at every settings change', () => {
    const registry = fakeRegistry(['CommandOrControl+Shift+L'])
    const onUnavailable = vi.fn()
    const binding = createShortcutBinding({ port: registry.port, onPress: vi.fn(), onUnavailable })
    binding.apply({ enabled: true, accelerator: 'CommandOrControl+Shift+L' })
    binding.apply({ enabled: true, accelerator: 'CommandOrControl+Shift+L' })
    expect(onUnavailable).toHaveBeenCalledTimes(1)
    expect(onUnavailable).toHaveBeenCalledWith('CommandOrControl+Shift+L')
    expect(binding.bound()).toBeNull()
  })

  it('lets go of its keys when disposed', () => {
    const registry = fakeRegistry()
    const binding = createShortcutBinding({ port: registry.port, onPress: vi.fn(), onUnavailable: vi.fn() })
    binding.apply({ enabled: true, accelerator: 'Super+Shift+C' })
    binding.dispose()
    expect(registry.registered.size).toBe(0)
  })
})
