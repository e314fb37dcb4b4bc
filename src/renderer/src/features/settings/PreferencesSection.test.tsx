import { switchLanguage } from '@renderer/lib/i18n'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { accountSession, createFakeBridge } from '../../test-utils/fakeBridge'
import { renderApp, renderView } from '../../test-utils/render'
import SettingsTab from './SettingsTab'

vi.mock('@mantine/charts', () => import('../../test-utils/chartsMock'))

afterEach(async () => {
  await switchLanguage('en')
  window.localStorage.clear()
})

async function renderPreferences(fake = createFakeBridge({ session: accountSession() })) {
  const view = renderView(<SettingsTab />, fake)
  const preferences = await screen.findByRole('region', { name: 'Preferences' })
  await within(preferences).findByLabelText('Tray refresh (minutes)')
  return { ...view, preferences }
}

describe('Settings: preferences', () => {
  it('come first, before the account and the advanced settings', async () => {
    await renderPreferences()
    const names = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
    expect(names.slice(0, 3)).toEqual(['Preferences', 'Account', 'Advanced'])
  })

  it('saves the tray interval and notifications, and refuses an interval out of range', async () => {
    const { user, fake, preferences } = await renderPreferences()
    const interval = within(preferences).getByLabelText('Tray refresh (minutes)')
    await user.clear(interval)
    await user.click(within(preferences).getByRole('button', { name: 'Save changes' }))
    expect(interval).toHaveAccessibleDescription(expect.stringContaining('from 1 to 60'))
    expect(fake.callsTo('settings.update')).toHaveLength(0)

    await user.clear(interval)
    await user.type(interval, '15')
    await user.click(within(preferences).getByText('Notify me when traffic runs low'))
    await user.click(within(preferences).getByRole('button', { name: 'Save changes' }))
    await waitFor(() =>
      expect(fake.callsTo('settings.update')).toEqual([{ trayRefreshMinutes: 15, notifications: false }]),
    )
  })

  it('switches the window to Chinese at once and saves the choice', async () => {
    const { user, fake } = renderApp(createFakeBridge({ session: accountSession() }))
    await user.click(await screen.findByRole('tab', { name: 'Settings' }))
    const preferences = await screen.findByRole('region', { name: 'Preferences' })
    await user.click(await within(preferences).findByRole('combobox', { name: 'Language' }))
    await user.click(await screen.findByRole('option', { name: '简体中文' }))

    expect(await screen.findByRole('heading', { name: '设置', level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: '账户' })).toBeInTheDocument()
    await waitFor(() => expect(fake.callsTo('settings.update')).toEqual([{ language: 'zh-CN' }]))
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('asks before leaving with unsaved edits, and stays when told to', async () => {
    const { user } = renderApp(createFakeBridge({ session: accountSession() }))
    await user.click(await screen.findByRole('tab', { name: 'Settings' }))
    const preferences = await screen.findByRole('region', { name: 'Preferences' })
    const warning = await within(preferences).findByLabelText('Low balance warning (GB)')
    await user.clear(warning)
    await user.type(warning, '7')

    await user.click(screen.getByRole('tab', { name: 'Account' }))
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true')
    expect(warning).toHaveValue('7')

    await user.click(screen.getByRole('tab', { name: 'Account' }))
    const again = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }))
    expect(await screen.findByRole('heading', { name: 'Account', level: 1 })).toBeInTheDocument()
  })
})

describe('Settings: tray and shortcut preferences', () => {
  it('saves the runway warning days, and refuses an empty field with the rule', async () => {
    const { user, fake, preferences } = await renderPreferences()
    const days = within(preferences).getByLabelText('Runway warning (days)')
    expect(days).toHaveValue('7')
    await user.clear(days)
    await user.click(within(preferences).getByRole('button', { name: 'Save changes' }))
    expect(days).toHaveAccessibleDescription(expect.stringContaining('from 0 to 365'))
    expect(fake.callsTo('settings.update')).toHaveLength(0)
    await user.clear(days)
    await user.type(days, '10')
    await user.click(within(preferences).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(fake.callsTo('settings.update')).toEqual([{ forecastWarningDays: 10 }]))
  })

  it('turns "close to tray" off', async () => {
    const { user, fake, preferences } = await renderPreferences()
    const toggle = within(preferences).getByRole('switch', { name: /Keep running in the tray/ })
    expect(toggle).toBeChecked()
    await user.click(toggle)
    await user.click(within(preferences).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(fake.callsTo('settings.update')).toEqual([{ closeToTray: false }]))
  })

  it('the global shortcut is off by default; turned on, a bad accelerator is refused on its field with the reason', async () => {
    const { user, fake, preferences } = await renderPreferences()
    const keys = within(preferences).getByLabelText('Shortcut keys')
    expect(keys).toBeDisabled()
    expect(keys).toHaveValue('CommandOrControl+Shift+L')
    await user.click(within(preferences).getByRole('switch', { name: /Global shortcut/ }))
    expect(keys).toBeEnabled()
    await user.clear(keys)
    await user.type(keys, 'L')
    await user.click(within(preferences).getByRole('button', { name: 'Save changes' }))
    expect(keys).toHaveAccessibleDescription(expect.stringContaining('Add a modifier such as CommandOrControl or Alt'))
    expect(fake.callsTo('settings.update')).toHaveLength(0)
    await user.clear(keys)
    await user.type(keys, 'Alt+Shift+C')
    await user.click(within(preferences).getByRole('button', { name: 'Save changes' }))
    await waitFor(() =>
      expect(fake.callsTo('settings.update')).toEqual([
        { globalShortcut: { enabled: true, accelerator: 'Alt+Shift+C' } },
      ]),
    )
  })

  it('words the new preferences in Chinese', async () => {
    await switchLanguage('zh-CN')
    renderView(<SettingsTab />, createFakeBridge({ session: accountSession() }))
    const preferences = await screen.findByRole('region', { name: '偏好设置' })
    expect(await within(preferences).findByLabelText('可用天数提醒（天）')).toBeInTheDocument()
    expect(within(preferences).getByRole('switch', { name: /关闭窗口后继续在托盘中运行/ })).toBeChecked()
    expect(within(preferences).getByLabelText('快捷键')).toBeDisabled()
  })
})
