import { appError } from '@shared/errors'
import { fail } from '@shared/ipc/result'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createFakeBridge } from '../../test-utils/fakeBridge'
import { renderApp } from '../../test-utils/render'

vi.mock('@mantine/charts', () => import('../../test-utils/chartsMock'))

async function fillCredentials(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText(/API token/), 'tok-123')
  await user.type(screen.getByLabelText(/API key/), 'secret-key')
  await user.type(screen.getByLabelText(/Account name/), 'acme_data')
}

describe('onboarding', () => {
  it('offers both choices to a new user', async () => {
    renderApp()
    expect(await screen.findByRole('heading', { name: 'Welcome to Thordata Desktop' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Explore demo' })).toBeInTheDocument()
    expect(screen.getByLabelText(/API token/)).toBeInTheDocument()
    expect(screen.getByText('Dashboard → My Account')).toBeInTheDocument()
  })

  it('starts the demo and lands on the Account tab with a Demo badge', async () => {
    const { user, fake } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Explore demo' }))

    expect(fake.callsTo('session.startDemo')).toHaveLength(1)
    expect(await screen.findByRole('tab', { name: 'Account', selected: true })).toBeInTheDocument()
    expect(within(screen.getByTestId('account-chip')).getByText('Demo')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Account', level: 1 })).toBeInTheDocument()
  })

  it('puts focus in the token field, the first thing to fill in', async () => {
    renderApp()
    expect(await screen.findByLabelText(/API token/)).toHaveFocus()
  })

  it('connects with the typed credentials and opens the app', async () => {
    const { user, fake } = renderApp()
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Connect' }))

    expect(fake.callsTo('session.connect')).toEqual([{ token: 'tok-123', key: 'secret-key', accountName: 'acme_data' }])
    expect(await screen.findByRole('tab', { name: 'Account' })).toBeInTheDocument()
    expect(within(screen.getByTestId('account-chip')).getByText('acme_data')).toBeInTheDocument()
    expect(within(screen.getByTestId('account-chip')).queryByText('Demo')).not.toBeInTheDocument()
  })

  it('checks the form before calling main', async () => {
    const { user, fake } = renderApp()
    await user.type(await screen.findByLabelText(/API token/), 'tok')
    await user.type(screen.getByLabelText(/API key/), 'key')
    await user.type(screen.getByLabelText(/Account name/), 'not a name!')
    await user.click(screen.getByRole('button', { name: 'Connect' }))

    expect(screen.getByLabelText(/Account name/)).toHaveAccessibleDescription(
      expect.stringContaining('Account names contain only letters, digits, dot, dash and underscore'),
    )
    expect(fake.callsTo('session.connect')).toHaveLength(0)
  })

  it('shows a field error from main under that field and keeps what was typed', async () => {
    const fake = createFakeBridge({
      overrides: {
        'session.connect': () =>
          fail(appError('auth', 'Thordata does not recognise this key', { field: 'key', code: 10001 })),
      },
    })
    const { user } = renderApp(fake)
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Connect' }))

    const keyInput = screen.getByLabelText(/API key/)
    expect(await screen.findByText('Thordata does not recognise this key')).toBeInTheDocument()
    expect(keyInput).toHaveAccessibleDescription(expect.stringContaining('Thordata does not recognise this key'))
    expect(screen.getByLabelText(/API token/)).toHaveValue('tok-123')
    expect(keyInput).toHaveValue('secret-key')
    expect(screen.getByLabelText(/Account name/)).toHaveValue('acme_data')
  })

  it('shows an error that belongs to no field as an alert and keeps the form', async () => {
    const fake = createFakeBridge({
      overrides: {
        'session.connect': () => fail(appError('network', 'Thordata could not be reached: timed out')),
      },
    })
    const { user } = renderApp(fake)
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Connect' }))

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Thordata could not be reached: timed out')).toBeInTheDocument()
    expect(screen.getByLabelText(/API token/)).toHaveValue('tok-123')
  })

  it('offers "Keep for this session only" when the keychain fails, and resubmits with sessionOnly', async () => {
    const fake = createFakeBridge()
    fake.respond('session.connect', (input) => {
      if (input.sessionOnly)
        return {
          ok: true,
          value: { mode: 'account', accountName: input.accountName, tokenHint: 'tok…', storage: 'session' },
        }
      return fail(appError('keychain', 'No OS keychain is available: the Secret Service is not running'))
    })
    const { user } = renderApp(fake)
    await fillCredentials(user)
    await user.click(screen.getByRole('button', { name: 'Connect' }))

    expect(
      await screen.findByText('No OS keychain is available: the Secret Service is not running'),
    ).toBeInTheDocument()
    expect(screen.getByText(/ask for them again the next time it starts/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Keep for this session only' }))

    expect(fake.callsTo('session.connect')).toEqual([
      { token: 'tok-123', key: 'secret-key', accountName: 'acme_data' },
      { token: 'tok-123', key: 'secret-key', accountName: 'acme_data', sessionOnly: true },
    ])
    expect(await screen.findByRole('tab', { name: 'Account' })).toBeInTheDocument()
  })
})
