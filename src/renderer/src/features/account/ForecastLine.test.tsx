import { switchLanguage } from '@renderer/lib/i18n'
import type { UsageRangeInput } from '@shared/domain/account'
import { ok } from '@shared/ipc/result'
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDaysIso, formatShortDate, todayIso } from '../../lib/format'
import { createFakeBridge, demoSession } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import AccountTab from './AccountTab'

vi.mock('@mantine/charts', () => ({ BarChart: () => null, LineChart: () => null }))
afterEach(async () => {
  await switchLanguage('en')
})

const GB = 1024 ** 3
const traffic = () => screen.getByRole('region', { name: 'Traffic remaining' })

/** Every day of the asked range used `perDay` GB (today too, which the forecast leaves out). */
function steadyUse(perDay: (date: string) => number) {
  return ({ from, to }: UsageRangeInput) => {
    const days: { date: string; usedBytes: number }[] = []
    for (let date = from; date <= to; date = addDaysIso(date, 1)) days.push({ date, usedBytes: perDay(date) * GB })
    const used = days.reduce((sum, d) => sum + d.usedBytes, 0)
    return ok({ from, to, totalUsedBytes: used, remainingBytes: 0, rangeUsedBytes: used, days })
  }
}

function render(remainingGb: number, expiresInDays: number | null, perDay: (date: string) => number) {
  const expiresOn = expiresInDays === null ? null : addDaysIso(todayIso(), expiresInDays)
  const fake = createFakeBridge({
    session: demoSession,
    overrides: {
      'account.trafficBalance': () => ok({ remainingBytes: remainingGb * GB, expiresOn }),
      'account.usage': steadyUse(perDay),
    },
  })
  renderView(<AccountTab />, fake)
  return fake
}

describe('the runway forecast on the traffic card', () => {
  it('says when the traffic runs out at the last 14 days’ rate, and how long before it expires', async () => {
    // The example: 37.4 GB left at 1.9 GB a day lasts 19 full days; the plan has 40.
    render(37.4, 40, () => 1.9)
    const line = await within(traffic()).findByTestId('forecast')
    expect(line).toHaveTextContent(
      `At this rate: lasts until ~${formatShortDate(addDaysIso(todayIso(), 19))} — 21 days before it expires`,
    )
    expect(line).toHaveAttribute('title', 'Average of the last 14 full days: 1.90 GB a day')
  })

  it('reads the same report as the chart: one usage request for both', async () => {
    const fake = render(37.4, 40, () => 1.9)
    await within(traffic()).findByTestId('forecast')
    expect(fake.callsTo('account.usage')).toHaveLength(1)
  })

  it('says it lasts past the expiry date when the plan ends first', async () => {
    render(100, 10, () => 1)
    expect(await within(traffic()).findByTestId('forecast')).toHaveTextContent(
      'At this rate it lasts past the expiry date',
    )
  })

  it('with too little history or no use, says so instead of a date', async () => {
    const yesterday = addDaysIso(todayIso(), -1)
    render(10, null, (date) => (date >= yesterday ? 1 : 0))
    expect(await within(traffic()).findByTestId('forecast')).toHaveTextContent(
      'Not enough usage history yet for a forecast',
    )
  })

  it('with no use in the last 14 days, says there is nothing to forecast', async () => {
    const quietSince = addDaysIso(todayIso(), -14)
    render(10, null, (date) => (date < quietSince ? 1 : 0))
    expect(await within(traffic()).findByTestId('forecast')).toHaveTextContent(
      'No traffic used in the last 14 days: nothing to forecast',
    )
  })

  it('is a warning when it runs out within the warning days (Chinese too)', async () => {
    await switchLanguage('zh-CN')
    render(3, 40, () => 1)
    const line = await screen.findByTestId('forecast')
    expect(line).toHaveTextContent(
      `按当前用量：约可用到 ${formatShortDate(addDaysIso(todayIso(), 3))}，比到期日早 37 天`,
    )
    expect(line.className).toMatch(/Badge/)
  })
})
