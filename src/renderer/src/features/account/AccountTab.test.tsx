import { appError } from '@shared/errors'
import { fail } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { addDaysIso, formatMediumDate, todayIso } from '../../lib/format'
import { createFakeBridge, demoSession, sampleTraffic } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import AccountTab from './AccountTab'

vi.mock('@mantine/charts', () => import('../../test-utils/chartsMock'))

const card = (name: string) => screen.getByRole('region', { name })

function renderAccount(fake = createFakeBridge({ session: demoSession })) {
  return renderView(<AccountTab />, fake)
}

describe('Account tab', () => {
  it('shows traffic left, expiry and wallet in plain words', async () => {
    const expiresOn = addDaysIso(todayIso(), 40)
    const fake = createFakeBridge({
      overrides: {
        'account.trafficBalance': () => ({
          ok: true,
          value: { remainingBytes: 5 * 1024 ** 3 + 512 * 1024 ** 2, expiresOn },
        }),
      },
    })
    renderAccount(fake)

    expect(await within(card('Traffic remaining')).findByText('5.5 GB')).toBeInTheDocument()
    expect(within(card('Expires')).getByText(formatMediumDate(expiresOn))).toBeInTheDocument()
    expect(within(card('Expires')).getByText('Expires in 40 days').closest('[data-tone]')).toHaveAttribute(
      'data-tone',
      'ok',
    )
    expect(await within(card('Wallet')).findByText('$1,234.50')).toBeInTheDocument()
  })

  it.each([
    [3, 'Expires in 3 days', 'soon'],
    [0, 'Expires today', 'soon'],
    [-2, 'Expired 2 days ago', 'expired'],
  ])('flags an expiry %i days away as "%s"', async (days, label, tone) => {
    const fake = createFakeBridge({
      overrides: {
        'account.trafficBalance': () => ({
          ok: true,
          value: { ...sampleTraffic, expiresOn: addDaysIso(todayIso(), days) },
        }),
      },
    })
    renderAccount(fake)
    const shown = await within(card('Expires')).findByText(label)
    expect(shown.closest('[data-tone]')).toHaveAttribute('data-tone', tone)
  })

  it('warns when traffic left is under the low-balance setting', async () => {
    const fake = createFakeBridge({
      overrides: {
        'account.trafficBalance': () => ({ ok: true, value: { remainingBytes: 300 * 1024 ** 2, expiresOn: null } }),
      },
    })
    renderAccount(fake)
    expect(await within(card('Traffic remaining')).findByText('Below your 1 GB warning level')).toBeInTheDocument()
  })

  it('offers "Try again" on a retryable failure, and it refetches', async () => {
    const fake = createFakeBridge()
    fake.respond('account.walletBalance', () => fail(appError('network', 'Thordata did not answer in time')))
    const { user } = renderAccount(fake)

    const wallet = card('Wallet')
    expect(await within(wallet).findByText('Thordata did not answer in time')).toBeInTheDocument()
    fake.respond('account.walletBalance', () => ({ ok: true, value: { amount: 9.99, currency: 'USD' } }))
    await user.click(within(wallet).getByRole('button', { name: 'Try again' }))

    expect(await within(wallet).findByText('$9.99')).toBeInTheDocument()
    expect(fake.callsTo('account.walletBalance')).toHaveLength(2)
  })

  it('offers no retry when repeating the request cannot help', async () => {
    const fake = createFakeBridge({
      overrides: {
        'account.walletBalance': () => fail(appError('auth', 'Your token or key is wrong', { code: 10001 })),
      },
    })
    renderAccount(fake)

    const wallet = card('Wallet')
    expect(await within(wallet).findByText('Your token or key is wrong')).toBeInTheDocument()
    expect(within(wallet).getByText('Thordata did not accept your credentials')).toBeInTheDocument()
    expect(within(wallet).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('asks for the last 30 days of usage and sums them up', async () => {
    const { fake } = renderAccount()
    const usage = card('Usage')

    await waitFor(() => expect(fake.callsTo('account.usage')).toHaveLength(1))
    expect(fake.callsTo('account.usage')[0]).toEqual({ from: addDaysIso(todayIso(), -29), to: todayIso() })
    // Day i used (i + 1) × 100 MB: 30 days sum to 46,500 MB; the average is 1,550 MB; the last day is busiest.
    expect(await within(usage).findByText('45.4 GB')).toBeInTheDocument()
    expect(within(usage).getByText('1.51 GB')).toBeInTheDocument()
    expect(within(usage).getByText('2.93 GB')).toBeInTheDocument()
  })

  it('draws the chart in a unit chosen from the data, with exact values per day', async () => {
    renderAccount()
    const chart = await screen.findByRole('figure', { name: 'Daily traffic usage chart' })
    expect(within(chart).getByText('Axis top: 2.93 GB')).toBeInTheDocument()
    expect(within(chart).getAllByRole('listitem')).toHaveLength(30)
    expect(within(chart).getAllByRole('listitem')[0]).toHaveTextContent(': 100 MB')
  })

  it('says so when nothing was used in the period', async () => {
    const fake = createFakeBridge({
      overrides: {
        'account.usage': ({ from, to }) => ({
          ok: true,
          value: { from, to, totalUsedBytes: 0, remainingBytes: 0, rangeUsedBytes: 0, days: [] },
        }),
      },
    })
    renderAccount(fake)
    expect(await screen.findByText('No traffic used in this period')).toBeInTheDocument()
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
  })

  it('shows usage errors in the chart area with a retry', async () => {
    const fake = createFakeBridge({
      overrides: {
        'account.usage': () => fail(appError('rate-limit', 'Too many requests; wait a minute', { code: 10011 })),
      },
    })
    renderAccount(fake)
    const usage = card('Usage')
    expect(await within(usage).findByText('Too many requests; wait a minute')).toBeInTheDocument()
    expect(within(usage).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('refreshes everything on the tab and says when', async () => {
    const { user, fake } = renderAccount()
    expect(await screen.findByText(/^Updated \d\d:\d\d$/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Refresh' }))

    await waitFor(() => {
      expect(fake.callsTo('account.trafficBalance')).toHaveLength(2)
      expect(fake.callsTo('account.walletBalance')).toHaveLength(2)
      expect(fake.callsTo('account.usage')).toHaveLength(2)
    })
  })

  it('loads a new range when a preset is picked', async () => {
    const { user, fake } = renderAccount()
    await waitFor(() => expect(fake.callsTo('account.usage')).toHaveLength(1))
    await user.click(screen.getByRole('button', { name: 'Usage period' }))
    await user.click(await screen.findByRole('button', { name: 'Last 7 days' }))

    await waitFor(() =>
      expect(fake.callsTo('account.usage').at(-1)).toEqual({ from: addDaysIso(todayIso(), -6), to: todayIso() }),
    )
  })
})
