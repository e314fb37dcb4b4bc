import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { accountSession, createFakeBridge, demoSession, noSession } from '../test-utils/fakeBridge'
import { renderApp } from '../test-utils/render'

vi.mock('@mantine/charts', () => import('../test-utils/chartsMock'))

describe('app shell', () => {
  it('shows only the sections that work, Account first', async () => {
    renderApp(createFakeBridge({ session: accountSession() }))
    const tabs = within(await screen.findByRole('tablist', { name: 'Sections' })).getAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Account',
      'Proxy users',
      'Whitelist IPs',
      'Locations',
      'Settings',
    ])
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByRole('heading', { name: 'Account' })).toBeInTheDocument()
  })

  it('follows session.changed from main: signing out elsewhere returns to onboarding', async () => {
    const { fake } = renderApp(createFakeBridge({ session: demoSession }))
    await screen.findByRole('tab', { name: 'Account' })
    fake.emit('session.changed', noSession)
    expect(await screen.findByRole('button', { name: 'Explore demo' })).toBeInTheDocument()
  })

  it('refetches account data when main says it is stale', async () => {
    const { fake } = renderApp(createFakeBridge({ session: accountSession() }))
    await screen.findByText('12.5 GB')
    expect(fake.callsTo('account.trafficBalance')).toHaveLength(1)
    fake.emit('data.invalidate', { scope: 'account' })
    await waitFor(() => expect(fake.callsTo('account.trafficBalance')).toHaveLength(2))
  })

  it('refreshes everything from the header', async () => {
    const { user, fake } = renderApp(createFakeBridge({ session: accountSession() }))
    await screen.findByText('12.5 GB')
    await user.click(screen.getByRole('button', { name: 'Refresh all' }))
    await waitFor(() => {
      expect(fake.callsTo('account.walletBalance')).toHaveLength(2)
      expect(fake.callsTo('account.usage')).toHaveLength(2)
    })
  })

  it('remembers the chosen colour scheme', async () => {
    const { user } = renderApp(createFakeBridge({ session: accountSession() }))
    await user.click(await screen.findByRole('radio', { name: 'Dark' }))
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
