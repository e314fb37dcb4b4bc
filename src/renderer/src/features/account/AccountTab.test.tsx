import { switchLanguage } from '@renderer/lib/i18n'
import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDaysIso, formatMediumDate, todayIso } from '../../lib/format'
import { createFakeBridge, demoSession, sampleTraffic } from '../../test-utils/fakeBridge'
import { renderApp, renderView } from '../../test-utils/render'
import AccountTab from './AccountTab'

// recharts cannot measure in jsdom: this stand-in prints what the chart would show (axis ticks, legend, tooltips).
vi.mock('@mantine/charts', () => {
  type Props = {
    data: Record<string, unknown>[]
    dataKey: string
    series: { name: string; label?: string }[]
    valueFormatter: (value: number) => string
    yAxisProps: { ticks: number[]; tickFormatter: (value: number) => string }
  }
  const BarChart = ({ data, dataKey, series, valueFormatter, yAxisProps }: Props) => (
    <div>
      <p>{`Axis: ${yAxisProps.ticks.map(yAxisProps.tickFormatter).join(' / ')}`}</p>
      <ul>
        {data.map((row) => (
          <li key={String(row[dataKey])}>
            {series
              .filter((s) => row[s.name] !== null && row[s.name] !== undefined)
              .map((s) => `${String(row[dataKey])} · ${s.label}: ${valueFormatter(Number(row[s.name]))}`)
              .join(' | ')}
          </li>
        ))}
      </ul>
    </div>
  )
  return { BarChart, LineChart: BarChart }
})

afterEach(async () => {
  await switchLanguage('en')
})

const GB = 1024 ** 3
const MB = 1024 ** 2
const card = (name: string) => screen.getByRole('region', { name })

function renderAccount(fake = createFakeBridge({ session: demoSession })) {
  return renderView(<AccountTab />, fake)
}

describe('Account tab', () => {
  it('shows traffic left, expiry and wallet in plain words', async () => {
    const expiresOn = addDaysIso(todayIso(), 40)
    const fake = createFakeBridge({
      overrides: { 'account.trafficBalance': () => ok({ remainingBytes: 5.5 * GB, expiresOn }) },
    })
    renderAccount(fake)

    expect(await screen.findByRole('heading', { level: 1, name: 'Account' })).toBeInTheDocument()
    expect(await within(card('Traffic remaining')).findByText('5.50 GB')).toBeInTheDocument()
    expect(within(card('Expires')).getByText(formatMediumDate(expiresOn))).toBeInTheDocument()
    expect(within(card('Expires')).getByText('Expires in 40 days').closest('[data-tone]')).toHaveAttribute(
      'data-tone',
      'ok',
    )
    expect(await within(card('Wallet')).findByText('$1,234.50')).toBeInTheDocument()
  })

  it.each([
    [3, 'Expires in 3 days', 'soon'],
    [1, 'Expires in 1 day', 'soon'],
    [0, 'Expires today', 'soon'],
    [-2, 'Expired 2 days ago', 'expired'],
  ])('flags an expiry %i days away as "%s"', async (days, label, tone) => {
    const fake = createFakeBridge({
      overrides: {
        'account.trafficBalance': () => ok({ ...sampleTraffic, expiresOn: addDaysIso(todayIso(), days) }),
      },
    })
    renderAccount(fake)
    const shown = await within(card('Expires')).findByText(label)
    expect(shown.closest('[data-tone]')).toHaveAttribute('data-tone', tone)
  })

  it('warns when traffic left is under the low-balance setting', async () => {
    const fake = createFakeBridge({
      overrides: { 'account.trafficBalance': () => ok({ remainingBytes: 300 * MB, expiresOn: null }) },
    })
    renderAccount(fake)
    expect(await within(card('Traffic remaining')).findByText('Below your 1 GB warning level')).toBeInTheDocument()
    expect(within(card('Traffic remaining')).getByText('300.0 MB')).toBeInTheDocument()
    expect(within(card('Expires')).getByText('Thordata reports no expiry date')).toBeInTheDocument()
  })

  it('offers "Try again" on a retryable failure, and it refetches', async () => {
    const fake = createFakeBridge()
    fake.respond('account.walletBalance', () => fail(appError('network', 'Thordata did not answer in time')))
    const { user } = renderAccount(fake)

    const wallet = card('Wallet')
    expect(await within(wallet).findByText('Thordata did not answer in time')).toBeInTheDocument()
    fake.respond('account.walletBalance', () => ok({ amount: 9.99, currency: 'USD' }))
    await user.click(within(wallet).getByRole('button', { name: 'Try again' }))

    expect(await within(wallet).findByText('$9.99')).toBeInTheDocument()
    expect(fake.callsTo('account.walletBalance')).toHaveLength(2)
  })

  it('offers no retry when repeating the request cannot help', async () => {
    const fake = createFakeBridge({
      overrides: {
        'account.walletBalance': () => fail(appError('validation', 'Thordata refused the request', { code: 10002 })),
      },
    })
    renderAccount(fake)
    const wallet = card('Wallet')
    expect(await within(wallet).findByText('Thordata refused the request')).toBeInTheDocument()
    expect(within(wallet).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('keeps the last figures, dimmed, when a refresh fails', async () => {
    const { user, fake } = renderAccount()
    const traffic = card('Traffic remaining')
    expect(await within(traffic).findByText('12.50 GB')).toBeInTheDocument()

    fake.respond('account.trafficBalance', () => fail(appError('network', 'Thordata did not answer in time')))
    await user.click(screen.getByRole('button', { name: 'Refresh' }))

    expect(await within(traffic).findByText(/^Couldn't refresh · /)).toBeInTheDocument()
    expect(within(traffic).getByText('12.50 GB').closest('[data-stale]')).toHaveAttribute('data-stale', 'true')
    expect(within(traffic).queryByText('Thordata did not answer in time')).not.toBeInTheDocument()
  })

  it('opens on the figures kept from the last run, with their age, while fresh ones load', async () => {
    const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000).toISOString()
    const cached = {
      trafficBalance: { value: { remainingBytes: 7 * GB, expiresOn: null }, fetchedAt: threeHoursAgo },
      walletBalance: { value: { amount: 50, currency: 'USD' as const }, fetchedAt: threeHoursAgo },
    }
    let answer: (value: ReturnType<typeof ok<typeof sampleTraffic>>) => void = () => {}
    const fake = createFakeBridge({
      session: { ...demoSession, cached },
      overrides: { 'account.trafficBalance': () => new Promise((resolve) => (answer = resolve)) },
    })
    renderApp(fake)

    const traffic = await screen.findByRole('region', { name: 'Traffic remaining' })
    expect(await within(traffic).findByText('7.00 GB')).toBeInTheDocument()
    expect(within(traffic).getByText('Last fetched 3 hours ago · updating…')).toBeInTheDocument()

    answer(ok({ remainingBytes: 8 * GB, expiresOn: null }))
    expect(await within(traffic).findByText('8.00 GB')).toBeInTheDocument()
    expect(within(traffic).queryByText(/Last fetched/)).not.toBeInTheDocument()
    expect(await within(card('Wallet')).findByText('$1,234.50')).toBeInTheDocument()
  })

  it('asks for the last 30 days of usage and sums them up in one unit', async () => {
    const { fake } = renderAccount()
    const usage = card('Usage')

    await waitFor(() => expect(fake.callsTo('account.usage')).toHaveLength(1))
    expect(fake.callsTo('account.usage')[0]).toEqual({ from: addDaysIso(todayIso(), -29), to: todayIso() })
    // Day i used (i + 1) × 100 MB: 30 days sum to 46,500 MB; the average is 1,550 MB; the last day is busiest.
    expect(await within(usage).findByText('45.41 GB')).toBeInTheDocument()
    expect(within(usage).getByText('1.51 GB')).toBeInTheDocument()
    expect(within(usage).getByText('2.93 GB')).toBeInTheDocument()
  })

  it('draws round ticks in one unit, and today as "so far"', async () => {
    renderAccount()
    const chart = await screen.findByRole('figure', { name: 'Daily traffic usage chart' })
    expect(await within(chart).findByText('Axis: 0 GB / 1 GB / 2 GB / 3 GB')).toBeInTheDocument()
    const bars = within(chart).getAllByRole('listitem')
    expect(bars).toHaveLength(30)
    expect(bars[0]).toHaveTextContent(/ · Used: 0\.10 GB$/)
    expect(bars[29]).toHaveTextContent(/ · Today so far: 2\.93 GB$/)
  })

  it('says so when nothing was used in the period', async () => {
    const fake = createFakeBridge({
      overrides: {
        'account.usage': ({ from, to }) =>
          ok({ from, to, totalUsedBytes: 0, remainingBytes: 0, rangeUsedBytes: 0, days: [] }),
      },
    })
    renderAccount(fake)
    expect(await screen.findByText('No traffic used in this period')).toBeInTheDocument()
    expect(within(card('Usage')).getAllByText('0 GB')).toHaveLength(2)
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
  })

  it('shows usage errors in the usage card with a retry', async () => {
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
    await user.click(screen.getByRole('button', { name: /^Usage period / }))
    await user.click(await screen.findByRole('button', { name: 'Last 7 days' }))

    await waitFor(() =>
      expect(fake.callsTo('account.usage').at(-1)).toEqual({ from: addDaysIso(todayIso(), -6), to: todayIso() }),
    )
  })

  it('speaks Chinese, with dates and numbers for the locale', async () => {
    await switchLanguage('zh-CN')
    const fake = createFakeBridge({
      overrides: { 'account.trafficBalance': () => ok({ remainingBytes: 5.5 * GB, expiresOn: '2027-03-03' }) },
    })
    renderAccount(fake)
    expect(await screen.findByRole('heading', { level: 1, name: '账户' })).toBeInTheDocument()
    const traffic = card('剩余流量')
    expect(await within(traffic).findByText('5.50 GB')).toBeInTheDocument()
    expect(within(card('到期时间')).getByText('2027年3月3日')).toBeInTheDocument()
    expect(await within(card('钱包')).findByText('US$1,234.50')).toBeInTheDocument()
    expect(await screen.findByRole('figure', { name: '每日流量用量图' })).toBeInTheDocument()
  })
})
