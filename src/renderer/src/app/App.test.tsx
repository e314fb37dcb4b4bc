import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { accountSession, createFakeBridge, demoSession, noSession, sampleTraffic } from '../test-utils/fakeBridge'
import { renderApp } from '../test-utils/render'

vi.mock('@mantine/charts', () => import('../test-utils/chartsMock'))

describe('app shell', () => {
  it('shows only the sections that work, Account first', async () => {
    renderApp(createFakeBridge({ session: accountSession() }))
    const tabs = within(await screen.findByRole('tablist', { name: 'Sections' })).getAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Account',
      'Extract links',
      'Endpoints',
      'Proxy users',
      'Whitelist IPs',
      'ISP & datacenter',
      'Unlimited servers',
      'CDK codes',
      'Locations',
      'Settings',
    ])
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByRole('heading', { name: 'Account', level: 1 })).toBeInTheDocument()
    expect(screen.getAllByRole('main')).toHaveLength(1)
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
  })

  it('follows session.changed from main: signing out elsewhere returns to onboarding', async () => {
    const { fake } = renderApp(createFakeBridge({ session: demoSession }))
    await screen.findByRole('tab', { name: 'Account' })
    fake.emit('session.changed', noSession)
    expect(await screen.findByRole('button', { name: 'Explore demo' })).toBeInTheDocument()
  })

  it('refetches account data when main says it is stale', async () => {
    const { fake } = renderApp(createFakeBridge({ session: accountSession() }))
    await waitFor(() => expect(fake.callsTo('account.trafficBalance')).toHaveLength(1))
    fake.emit('data.invalidate', { scope: 'account' })
    await waitFor(() => expect(fake.callsTo('account.trafficBalance')).toHaveLength(2))
  })

  it('leaves refreshing to the page: the header has no second Refresh', async () => {
    const { user, fake } = renderApp(createFakeBridge({ session: accountSession() }))
    await screen.findByRole('heading', { name: 'Account', level: 1 })
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: /refresh/i })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    await waitFor(() => expect(fake.callsTo('account.walletBalance')).toHaveLength(2))
  })

  it('opens the signed-in view at the top, wherever onboarding was scrolled', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Explore demo' }))
    await screen.findByRole('tab', { name: 'Account', selected: true })
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0)
    scrollTo.mockRestore()
  })

  it('a token revoked mid-session raises one banner; Replace credentials clears it and reloads', async () => {
    let revoked = true
    const fake = createFakeBridge({ session: accountSession() })
    const rejected = () => fail(appError('auth', 'Thordata rejected the token.', { code: 10013, retryable: false }))
    fake.respond('account.trafficBalance', () => (revoked ? rejected() : ok(sampleTraffic)))
    fake.respond('account.walletBalance', () => (revoked ? rejected() : ok({ amount: 10, currency: 'USD' })))
    const { user } = renderApp(fake)

    const banner = await screen.findByTestId('credentials-banner')
    expect(banner).toHaveTextContent('Thordata no longer accepts these credentials')
    await waitFor(() => expect(fake.callsTo('account.walletBalance')).toHaveLength(1))
    expect(screen.getAllByRole('alert')).toHaveLength(1)

    await user.click(within(banner).getByRole('button', { name: 'Replace credentials' }))
    const dialog = await screen.findByRole('dialog', { name: 'Replace credentials' })
    expect(within(dialog).getByLabelText(/API token/)).toHaveFocus()
    revoked = false
    await user.type(within(dialog).getByLabelText(/API token/), 'new-token')
    await user.type(within(dialog).getByLabelText(/API key/), 'new-key')
    await user.type(within(dialog).getByLabelText(/Account name/), 'acme_data')
    await user.click(within(dialog).getByRole('button', { name: 'Save new credentials' }))

    await waitFor(() => expect(screen.queryByTestId('credentials-banner')).not.toBeInTheDocument())
    await waitFor(() => expect(fake.callsTo('account.trafficBalance').length).toBeGreaterThanOrEqual(2))
    expect(await screen.findByText('Connected as acme_data')).toBeInTheDocument()
  })

  it('a wrong key typed into the connect form is the form’s error, not a banner', async () => {
    const fake = createFakeBridge()
    fake.respond('session.connect', () =>
      fail(appError('auth', 'Thordata rejected the key.', { code: 10014, field: 'key', retryable: false })),
    )
    const { user } = renderApp(fake)
    await user.type(await screen.findByLabelText(/API token/), 'tok')
    await user.type(screen.getByLabelText(/API key/), 'bad')
    await user.type(screen.getByLabelText(/Account name/), 'acme_data')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByText('Thordata rejected the key.')).toBeInTheDocument()
    fake.respond('session.connect', () => ok(accountSession()))
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    await screen.findByRole('tab', { name: 'Account', selected: true })
    expect(screen.queryByTestId('credentials-banner')).not.toBeInTheDocument()
  })

  it('remembers the chosen colour scheme', async () => {
    const { user } = renderApp(createFakeBridge({ session: accountSession() }))
    await user.click(await screen.findByRole('button', { name: 'Colour scheme: Follow system' }))
    expect(await screen.findByRole('menuitem', { name: 'Follow system' })).toHaveAttribute('aria-current', 'true')
    await user.click(screen.getByRole('menuitem', { name: 'Dark' }))
    expect(await screen.findByRole('button', { name: 'Colour scheme: Dark' })).toBeInTheDocument()
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark')
    expect(window.localStorage.getItem('thordata-color-scheme')).toBe('dark')
    window.localStorage.clear()
  })

  it('explains a failed start and lets the user retry', async () => {
    const fake = createFakeBridge()
    let attempts = 0
    fake.respond('session.get', () => {
      attempts += 1
      return attempts === 1
        ? { ok: false, error: { kind: 'keychain', message: 'The keychain is locked', retryable: true } }
        : { ok: true, value: noSession }
    })
    const { user } = renderApp(fake)
    expect(await screen.findByText('The keychain is locked')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('button', { name: 'Explore demo' })).toBeInTheDocument()
  })
})
