import { contract } from '@shared/ipc/contract'
import { toBytes } from '@shared/traffic'
import { beforeEach, describe, expect, it } from 'vitest'
import { validationError } from '../ipc/dispatch'
import type { Simulator } from '../simulator'
import { simClientFromSettingsPerTest } from '../thordata/testing/sim-client'
import { proxyUserHandlers } from './proxy-users'

const setup = simClientFromSettingsPerTest()
let sim: Simulator
let handlers: ReturnType<typeof proxyUserHandlers>

beforeEach(async () => {
  const started = await setup({ config: { timeoutMs: 300 } })
  sim = started.sim
  handlers = proxyUserHandlers(started.client)
})

const userWithUsage = () => {
  const user = sim.state.proxyUsers[1].find((u) => u.usage.some((day) => day.kb > 0))
  if (!user) throw new Error('the seeded account has no residential user with usage')
  return user
}

describe('proxyUsers.usageHourly', () => {
  it('returns one figure per hour that adds up to the same day of the daily report', async () => {
    const user = userWithUsage()
    const day = [...user.usage]
      .reverse()
      .find((d) => d.kb > 0 && `${d.date}T23:59:59Z` < new Date(sim.state.usageRecordedUntil).toISOString())
    if (!day) throw new Error('no finished day with usage')
    const hourly = await handlers['proxyUsers.usageHourly']({
      product: 'residential',
      username: user.username,
      from: `${day.date} 00`,
      to: `${day.date} 23`,
    })
    expect(hourly.hours.map((h) => h.hour)).toEqual(
      Array.from({ length: 24 }, (_, h) => `${day.date} ${String(h).padStart(2, '0')}`),
    )
    const daily = await handlers['proxyUsers.usage']({
      product: 'residential',
      username: user.username,
      from: day.date,
      to: day.date,
    })
    const sum = hourly.hours.reduce((total, h) => total + h.usedBytes, 0)
    expect(sum).toBeCloseTo(daily.days[0].usedBytes, -3)
    expect(daily.days[0].usedBytes).toBe(toBytes(day.kb, 'KB'))
    const sent = sim.requests().filter((r) => r.path.endsWith('/usage-statistics-hour'))
    expect(sent).toHaveLength(1)
  })

  it('refuses a range over 180 days before anything is sent, naming the field', async () => {
    const user = userWithUsage()
    const parsed = contract['proxyUsers.usageHourly'].input.safeParse({
      product: 'residential',
      username: user.username,
      from: '2026-01-01 00',
      to: '2026-06-30 00',
    })
    if (parsed.success) throw new Error('a 180-day-and-one-hour range passed the contract')
    expect(validationError(parsed.error)).toMatchObject({
      kind: 'validation',
      field: 'from',
      message: 'Thordata keeps usage for ranges of at most 180 days',
    })
    // Exactly 180 days (4,320 hours) is allowed.
    expect(
      contract['proxyUsers.usageHourly'].input.safeParse({
        product: 'residential',
        username: user.username,
        from: '2026-01-01 00',
        to: '2026-06-29 23',
      }).success,
    ).toBe(true)
    expect(sim.requests().filter((r) => r.path.endsWith('/usage-statistics-hour'))).toHaveLength(0)
  })
})
