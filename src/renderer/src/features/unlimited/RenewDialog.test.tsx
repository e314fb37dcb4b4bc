import type { UnlimitedOrder } from '@shared/domain/unlimited'
import { appError } from '@shared/errors'
import { fail, ok, type Result } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { createFakeBridge } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import { server } from './OrderFixtures'
import { expectedExpiry, RenewDialog } from './RenewDialog'

function open(fake = createFakeBridge()) {
  const view = renderView(<RenewDialog server={server} onClose={() => {}} />, fake)
  return { ...view, dialog: () => screen.getByRole('dialog', { name: `Renew ${server.planName}` }) }
}

async function review(user: ReturnType<typeof open>['user'], days = '30 days') {
  await user.click(await screen.findByRole('radio', { name: new RegExp(`^${days}`) }))
  await user.click(screen.getByRole('button', { name: 'Review order' }))
}

describe('Renewing an unlimited server', () => {
  it('shows the server, the documented periods and the wallet, and charges nothing before the confirmation', async () => {
    const { fake, user, dialog } = open()
    expect(await within(dialog()).findByText('$1,234.50')).toBeInTheDocument()
    expect(within(dialog()).getByText(server.planName)).toBeInTheDocument()
    for (const period of ['1 day', '7 days', '30 days', '60 days']) {
      expect(within(dialog()).getByRole('radio', { name: new RegExp(`^${period}`) })).toBeInTheDocument()
    }
    expect(within(dialog()).getByRole('radio', { name: /^30 days/ })).toBeChecked()

    await review(user, '60 days')
    const summary = within(dialog()).getByRole('table', { name: 'Your order' })
    expect(summary).toHaveTextContent('60 days')
    expect(summary).toHaveTextContent(/Expires.*Jun 1, 2099.*→.*Jul 31, 2099.*\(expected\)/)
    expect(within(dialog()).getByText(/does not quote the price beforehand/)).toBeInTheDocument()
    expect(fake.callsTo('unlimited.renew')).toHaveLength(0)
  })

  it('sends the chosen package once, even on a double click, then shows the order, the charge and the new wallet', async () => {
    const fake = createFakeBridge()
    let answer: (result: Result<UnlimitedOrder>) => void = () => {}
    fake.respond('unlimited.renew', () => new Promise((resolve) => (answer = resolve)))
    const { user, dialog } = open(fake)
    await review(user, '7 days')
    const pay = within(dialog()).getByRole('button', { name: 'Pay and renew for 7 days' })
    await user.dblClick(pay)
    await user.click(pay)
    expect(fake.callsTo('unlimited.renew')).toEqual([{ insId: server.insId, packageId: 6 }])
    expect(within(dialog()).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument()

    fake.respond('account.walletBalance', () => ok({ amount: 1174.6, currency: 'USD' }))
    answer(ok({ orderId: 'Thor555000', amount: 59.9 }))
    expect(await within(dialog()).findByText('Order placed')).toBeInTheDocument()
    expect(within(dialog()).getByTestId('order-id')).toHaveTextContent('Thor555000')
    expect(within(dialog()).getByTestId('order-amount')).toHaveTextContent('$59.90')
    expect(await within(dialog()).findByText('$1,174.60')).toBeInTheDocument()
    expect(fake.callsTo('unlimited.renew')).toHaveLength(1)
  })

  it('says "not returned" when Thordata confirms without an order number or amount, never a failure', async () => {
    const fake = createFakeBridge()
    fake.respond('unlimited.renew', () => ok({ orderId: null, amount: null }))
    const { user, dialog } = open(fake)
    await review(user)
    await user.click(within(dialog()).getByRole('button', { name: 'Pay and renew for 30 days' }))
    expect(await within(dialog()).findByText('Order placed')).toBeInTheDocument()
    expect(within(dialog()).getAllByText('Not returned by Thordata')).toHaveLength(2)
  })

  it('a wallet too low: the reason, the balance and a top-up link; the choice stays for going back', async () => {
    const fake = createFakeBridge()
    fake.respond('unlimited.renew', () =>
      fail(appError('conflict', 'Your wallet balance is too low for this order.', { code: 10008, retryable: false })),
    )
    fake.respond('account.walletBalance', () => ok({ amount: 3, currency: 'USD' }))
    const { user, dialog } = open(fake)
    await review(user, '60 days')
    await user.click(within(dialog()).getByRole('button', { name: 'Pay and renew for 60 days' }))
    const alert = await within(dialog()).findByRole('alert')
    expect(alert).toHaveTextContent('Your wallet balance is too low for this order.')
    expect(within(alert).getByTestId('order-low-wallet')).toHaveTextContent('Your wallet holds $3.00.')
    await user.click(within(alert).getByRole('button', { name: 'Top up in the Thordata dashboard' }))
    expect(fake.callsTo('app.openExternal')).toEqual([{ url: 'https://dashboard.thordata.com/' }])

    await user.click(within(dialog()).getByRole('button', { name: 'Back' }))
    expect(within(dialog()).getByRole('radio', { name: /^60 days/ })).toBeChecked()
    expect(fake.callsTo('unlimited.renew')).toHaveLength(1)
  })

  it('an unknown outcome says so, points to the order list, and asks before ordering again', async () => {
    const fake = createFakeBridge()
    fake.respond('unlimited.renew', () =>
      fail(
        appError('network', 'The answer was lost. Check the order list before ordering again.', {
          retryable: false,
          outcome: 'unknown',
        }),
      ),
    )
    const { user, dialog } = open(fake)
    await review(user)
    await user.click(within(dialog()).getByRole('button', { name: 'Pay and renew for 30 days' }))
    const alert = await within(dialog()).findByRole('alert')
    expect(alert).toHaveTextContent('Outcome unknown')
    expect(alert).toHaveTextContent('Check the order list before ordering again.')
    const again = within(dialog()).getByRole('button', { name: 'Pay and renew for 30 days' })
    expect(again).toBeDisabled()
    await user.click(within(alert).getByRole('checkbox', { name: /I checked the order list/ }))
    expect(again).toBeEnabled()
    await waitFor(() => expect(fake.callsTo('account.walletBalance').length).toBeGreaterThanOrEqual(2))
  })
})

describe('Renewing after an unknown outcome', () => {
  /** The dialog as the server list opens it: closing sets the server to null, a row action sets it again. */
  function Reopenable() {
    const [shown, setShown] = useState(true)
    return (
      <>
        <button type="button" onClick={() => setShown(true)} aria-label="Renew again" />
        <RenewDialog server={shown ? server : null} onClose={() => setShown(false)} />
      </>
    )
  }

  it('keeps "Pay" off through Back, closing and reopening, until the user says the order list does not show it', async () => {
    const fake = createFakeBridge()
    fake.respond('unlimited.renew', () =>
      fail(appError('server', 'The answer was lost.', { code: 502, retryable: false, outcome: 'unknown' })),
    )
    const { user } = renderView(<Reopenable />, fake)
    const dialog = () => screen.getByRole('dialog', { name: `Renew ${server.planName}` })
    const pay = () => within(dialog()).getByRole('button', { name: 'Pay and renew for 30 days' })
    await review(user)
    await user.click(pay())
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent('The answer was lost.')

    await user.click(within(dialog()).getByRole('button', { name: 'Back' }))
    await user.click(within(dialog()).getByRole('button', { name: 'Review order' }))
    expect(pay()).toBeDisabled()
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Outcome unknown')

    await user.click(within(dialog()).getByRole('button', { name: 'Back' }))
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Renew again' }))
    await review(user)
    expect(pay()).toBeDisabled()
    await user.click(pay())
    expect(fake.callsTo('unlimited.renew')).toHaveLength(1)

    await user.click(within(dialog()).getByRole('checkbox', { name: /I checked the order list/ }))
    fake.respond('unlimited.renew', () => ok({ orderId: 'Thor555001', amount: 59.9 }))
    await user.click(pay())
    expect(await within(dialog()).findByText('Order placed')).toBeInTheDocument()
    expect(fake.callsTo('unlimited.renew')).toHaveLength(2)
  })

  it('shows the amount charged without a currency when the wallet (and so its currency) is not known', async () => {
    const fake = createFakeBridge()
    fake.respond('account.walletBalance', () => fail(appError('server', 'Wallet unavailable', { retryable: false })))
    fake.respond('unlimited.renew', () => ok({ orderId: 'Thor555002', amount: 59.9 }))
    const { user, dialog } = open(fake)
    await review(user)
    await user.click(within(dialog()).getByRole('button', { name: 'Pay and renew for 30 days' }))
    const amount = await within(dialog()).findByTestId('order-amount')
    expect(amount).toHaveTextContent(/^59\.90$/)
  })
})

describe('expectedExpiry', () => {
  const now = Date.parse('2026-12-01T00:00:00Z')
  it('adds the period to the current expiry, or to now once it has passed', () => {
    expect(expectedExpiry('2026-12-10T09:30:00Z', 30, now)).toBe('2027-01-09T09:30:00.000Z')
    expect(expectedExpiry('2026-11-20T09:30:00Z', 1, now)).toBe('2026-12-02T00:00:00.000Z')
    expect(expectedExpiry(null, 7, now)).toBeNull()
  })
})
