import type { Page } from '@playwright/test'
import { addDays, FORECAST_USAGE_DAYS, type Forecast, forecastRunway } from '../../src/shared/forecast'
import { expect, test } from '../fixtures'

const traffic = (page: Page) => page.getByRole('region', { name: 'Traffic remaining' })
const MB = 1024 ** 2

interface DemoState {
  trafficBalanceMb: number
  trafficExpiresOn: string
  accountUsage: Array<{ date: string; kb: number }>
}

/** Today as the window counts it (its local day). */
const localToday = () => {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
const shortDate = (isoDay: string) =>
  new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' }).format(new Date(`${isoDay}T12:00:00`))

/** The forecast from the simulator's own records: the report the app reads is its last 30 days, today included. */
function expectedForecast(state: DemoState): Forecast {
  const today = localToday()
  const from = addDays(today, -(FORECAST_USAGE_DAYS - 1))
  const days = state.accountUsage
    .filter((day) => day.date >= from && day.date <= today)
    .map((day) => ({ date: day.date, usedBytes: day.kb * 1024 }))
  return forecastRunway({
    remainingBytes: state.trafficBalanceMb * MB,
    expiresOn: state.trafficExpiresOn,
    days,
    totalUsedBytes: state.accountUsage.reduce((sum, day) => sum + day.kb * 1024, 0),
    today,
  })
}

function sentence(forecast: Forecast): string {
  switch (forecast.kind) {
    case 'runsOut':
      return forecast.beforeExpiryDays === null
        ? `At this rate: lasts until ~${shortDate(forecast.runsOutOn)}`
        : `At this rate: lasts until ~${shortDate(forecast.runsOutOn)} — ${forecast.beforeExpiryDays} day${forecast.beforeExpiryDays === 1 ? '' : 's'} before it expires`
    case 'pastExpiry':
      return 'At this rate it lasts past the expiry date'
    case 'shortHistory':
      return 'Not enough usage history yet for a forecast'
    case 'noUse':
      return `No traffic used in the last ${forecast.windowDays} days: nothing to forecast`
    default:
      throw new Error(`No forecast line for ${forecast.kind}`)
  }
}

test.describe('the runway forecast', () => {
  test("the traffic card's forecast matches the simulator's usage, before and after the balance changes", async ({
    page,
    harness,
  }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await expect(page.getByTestId('account-chip')).toContainText('Demo')
    const state = (await harness.simState('demo')) as unknown as DemoState
    const forecast = expectedForecast(state)
    await expect(traffic(page).getByTestId('forecast')).toHaveText(sentence(forecast))

    // Little traffic left: at the same daily use it now runs out within days, before the plan ends.
    const dailyMb = forecast.kind === 'runsOut' || forecast.kind === 'pastExpiry' ? forecast.dailyBytes / MB : 1024
    const lowMb = Math.round(dailyMb * 3.5)
    await harness.patchSimState('demo', { trafficBalanceMb: lowMb })
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()
    const low = expectedForecast({ ...state, trafficBalanceMb: lowMb })
    expect(low).toMatchObject({ kind: 'runsOut', lastsDays: 3 })
    await expect(traffic(page).getByTestId('forecast')).toHaveText(sentence(low))
  })
})
