import { translateIssue } from '@renderer/lib/form'
import { defaultSettings, settingsSchema } from '@shared/domain/settings'
import { appError } from '@shared/errors'
import { fail } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { accountSession, createFakeBridge, demoSession } from '../../test-utils/fakeBridge'
import { renderApp, renderView } from '../../test-utils/render'
import SettingsTab from './SettingsTab'

vi.mock('@mantine/charts', () => import('../../test-utils/chartsMock'))

const section = (name: string) => screen.getByRole('region', { name })

describe('Settings: account', () => {
  it('shows the account, its token hint and where the credentials live', async () => {
    renderView(<SettingsTab />, createFakeBridge({ session: accountSession('acme_data', 'session') }))
    const account = await screen.findByRole('region', { name: 'Account' })
    expect(await within(account).findByText('acme_data')).toBeInTheDocument()
    expect(within(account).getByText('a1b2…9f0e')).toBeInTheDocument()
    expect(within(account).getByText('This session only (not saved)')).toBeInTheDocument()
  })

  it('signs out only after confirming, explaining the keychain entry goes', async () => {
    const { user, fake } = renderApp(createFakeBridge({ session: accountSession() }))
    await user.click(await screen.findByRole('tab', { name: 'Settings' }))
    await user.click(await screen.findByRole('button', { name: 'Sign out' }))

    const dialog = await screen.findByRole('dialog', { name: 'Sign out?' })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(within(dialog).getByText(/removed from the OS keychain/)).toBeInTheDocument()
    expect(fake.callsTo('session.signOut')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Yes, sign out' }))

    expect(fake.callsTo('session.signOut')).toHaveLength(1)
    expect(await screen.findByRole('heading', { name: 'Welcome to Thordata Desktop' })).toBeInTheDocument()
  })

  it('lets a demo user connect a real account with the same form', async () => {
    const { user, fake } = renderApp(createFakeBridge({ session: demoSession }))
    await user.click(await screen.findByRole('tab', { name: 'Settings' }))
    expect(await screen.findByText('You are exploring the demo')).toBeInTheDocument()
    expect(screen.getByText('Nothing is stored in demo mode')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Connect a real account' }))

    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByLabelText(/API token/), 'tok')
    await user.type(within(dialog).getByLabelText(/API key/), 'key')
    await user.type(within(dialog).getByLabelText(/Account name/), 'real_user')
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }))

    expect(fake.callsTo('session.connect')).toEqual([{ token: 'tok', key: 'key', accountName: 'real_user' }])
    expect(await within(screen.getByTestId('account-chip')).findByText('real_user')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})

describe('Settings: Thordata API', () => {
  async function renderForm(fake = createFakeBridge({ session: accountSession() })) {
    const view = renderView(<SettingsTab />, fake)
    await within(await screen.findByRole('region', { name: 'Advanced' })).findByLabelText('API base URL')
    return view
  }

  it('validates with the shared schema and puts the message under the field', async () => {
    const { user, fake } = await renderForm()
    const api = section('Advanced')
    const address = within(api).getByLabelText('API base URL')
    const plainHttp = 'http://openapi.thordata.com/api'
    const key = settingsSchema.shape.apiBaseUrl.safeParse(plainHttp).error?.issues[0].message
    const expected = key && translateIssue(key)
    await user.clear(address)
    await user.type(address, plainHttp)
    await user.click(within(api).getByRole('button', { name: 'Save changes' }))

    expect(expected).toBeTruthy()
    expect(address).toHaveAccessibleDescription(expect.stringContaining(expected as string))
    expect(address).toHaveValue(plainHttp)
    expect(fake.callsTo('settings.update')).toHaveLength(0)
  })

  it('saves only what changed', async () => {
    const { user, fake } = await renderForm()
    const api = section('Advanced')
    const ipService = within(api).getByLabelText('Public IP service')
    await user.clear(ipService)
    await user.type(ipService, 'https://ip.example.com')
    await user.click(within(api).getByRole('button', { name: 'Save changes' }))

    await waitFor(() => expect(fake.callsTo('settings.update')).toEqual([{ publicIpUrl: 'https://ip.example.com' }]))
    expect(await screen.findByText('Settings saved')).toBeInTheDocument()
  })

  it('shows a server error under its field and keeps the typed value', async () => {
    const fake = createFakeBridge({
      session: accountSession(),
      overrides: {
        'settings.update': () =>
          fail(appError('validation', 'That service did not answer with an IP address', { field: 'publicIpUrl' })),
      },
    })
    const { user } = await renderForm(fake)
    const api = section('Advanced')
    const ipService = within(api).getByLabelText('Public IP service')
    await user.clear(ipService)
    await user.type(ipService, 'https://example.com/not-an-ip')
    await user.click(within(api).getByRole('button', { name: 'Save changes' }))

    await waitFor(() =>
      expect(ipService).toHaveAccessibleDescription(
        expect.stringContaining('That service did not answer with an IP address'),
      ),
    )
    expect(ipService).toHaveValue('https://example.com/not-an-ip')
  })

  it('resets to the defaults', async () => {
    const fake = createFakeBridge({ session: accountSession() })
    await fake.bridge.invoke['settings.update']({ apiBaseUrl: 'https://proxy.example.com/api' })
    const { user } = await renderForm(fake)
    const api = section('Advanced')
    expect(within(api).getByLabelText('API base URL')).toHaveValue('https://proxy.example.com/api')
    await user.click(within(api).getByRole('button', { name: 'Reset to defaults' }))
    const dialog = await screen.findByRole('dialog', { name: 'Reset all settings?' })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(fake.callsTo('settings.reset')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Reset settings' }))

    await waitFor(() => expect(within(api).getByLabelText('API base URL')).toHaveValue(defaultSettings.apiBaseUrl))
    expect(fake.callsTo('settings.reset')).toHaveLength(1)
  })
})

describe('Settings: about', () => {
  it('explains calmly why updates are unavailable, without a dead button', async () => {
    renderView(<SettingsTab />, createFakeBridge({ session: accountSession() }))
    const about = await screen.findByRole('region', { name: 'About' })
    expect(await within(about).findByText('Updates are installed by your package manager.')).toBeInTheDocument()
    expect(within(about).getByText('0.1.0')).toBeInTheDocument()
    expect(within(about).getByText('Linux')).toBeInTheDocument()
    expect(within(about).queryByRole('button', { name: /check/i })).not.toBeInTheDocument()
  })

  it('checks for updates and follows the updater.status event', async () => {
    const fake = createFakeBridge({
      session: accountSession(),
      overrides: { 'updater.status': () => ({ ok: true, value: { state: 'idle' } }) },
    })
    const { user } = renderView(<SettingsTab />, fake)
    const about = await screen.findByRole('region', { name: 'About' })
    await user.click(await within(about).findByRole('button', { name: 'Check for updates' }))
    expect(await within(about).findByText(/You have the latest version/)).toBeInTheDocument()

    fake.emit('updater.status', { state: 'available', version: '0.2.0', notes: 'Faster tray\n• CDK tab' })
    expect(await within(about).findByText('Version 0.2.0 is available')).toBeInTheDocument()
    expect(within(about).getByRole('region', { name: 'What’s new' })).toHaveTextContent('Faster tray • CDK tab')

    fake.emit('updater.status', { state: 'ready', version: '0.2.0', notes: null })
    expect(await within(about).findByText('Version 0.2.0 is ready to install')).toBeInTheDocument()
    const restart = within(about).getByRole('button', { name: 'Restart now' })
    await user.click(restart)
    await user.click(restart)
    expect(fake.callsTo('updater.install')).toHaveLength(1)
  })

  it('installs on quit when asked, and says so instead of asking again', async () => {
    const fake = createFakeBridge({
      session: accountSession(),
      overrides: { 'updater.status': () => ({ ok: true, value: { state: 'ready', version: '0.3.0', notes: null } }) },
    })
    const { user } = renderView(<SettingsTab />, fake)
    const about = await screen.findByRole('region', { name: 'About' })
    await user.click(await within(about).findByRole('button', { name: 'Install on quit' }))
    expect(await within(about).findByText('Version 0.3.0 installs when you quit Thordata Desktop')).toBeInTheDocument()
    expect(within(about).queryByRole('button', { name: 'Install on quit' })).not.toBeInTheDocument()
    expect(fake.callsTo('updater.install')).toHaveLength(0)
    sessionStorage.clear()
  })

  it('turns automatic download off through settings', async () => {
    const fake = createFakeBridge({
      session: accountSession(),
      overrides: { 'updater.status': () => ({ ok: true, value: { state: 'idle' } }) },
    })
    const { user } = renderView(<SettingsTab />, fake)
    const about = await screen.findByRole('region', { name: 'About' })
    const toggle = await within(about).findByRole('switch', { name: /Download updates automatically/ })
    await waitFor(() => expect(toggle).toBeEnabled())
    expect(toggle).toBeChecked()
    await user.click(toggle)
    await waitFor(() => expect(fake.callsTo('settings.update')).toEqual([{ autoDownloadUpdates: false }]))
  })

  it('opens Thordata links in the browser through main', async () => {
    const { user, fake } = renderView(<SettingsTab />, createFakeBridge({ session: accountSession() }))
    const about = await screen.findByRole('region', { name: 'About' })
    await user.click(within(about).getByRole('button', { name: /API documentation/ }))
    expect(fake.callsTo('app.openExternal')).toEqual([{ url: 'https://doc.thordata.com/' }])
  })
})
