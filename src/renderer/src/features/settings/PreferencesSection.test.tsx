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
    await user.click(within(preferences).getByText('Notify me when the balance runs low'))
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
