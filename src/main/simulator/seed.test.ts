import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from './demo-credentials'
import { seedState } from './state/seed'
import { TEST_NOW } from './test-support'
import { formatDate } from './time'

const seed = (value: number, now = TEST_NOW) => seedState({ now, seed: value, credentials: DEMO_CREDENTIALS })

describe('seeded account', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(seed(7))).toBe(JSON.stringify(seed(7)))
    const a = seed(7)
    const b = seed(8)
    expect(a.proxyUsers[1][0].password).not.toBe(b.proxyUsers[1][0].password)
    expect(a.accountUsage.map((d) => d.kb)).not.toEqual(b.accountUsage.map((d) => d.kb))
  })

  it('has about 400 days of history up to today, busier on weekdays than at weekends', () => {
    const { accountUsage } = seed(7)
    expect(accountUsage.length).toBeGreaterThanOrEqual(395)
    expect(accountUsage.at(-1)?.date).toBe(formatDate(TEST_NOW))
    const mean = (rows: typeof accountUsage) => rows.reduce((s, d) => s + d.kb, 0) / rows.length
    const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())
    const finished = accountUsage.slice(0, -1)
    expect(mean(finished.filter((d) => !isWeekend(d.date)))).toBeGreaterThan(
      1.3 * mean(finished.filter((d) => isWeekend(d.date))),
    )
  })

  it('keeps the master account above the sum of its residential sub-users, day by day', () => {
    const state = seed(11)
    for (const user of state.proxyUsers[1]) {
      for (const day of user.usage) {
        expect(state.accountUsage.find((d) => d.date === day.date)?.kb).toBeGreaterThanOrEqual(day.kb)
      }
    }
  })

  it('only seeds what the API itself would accept', () => {
    for (const value of [1, 2, 3]) {
      const state = seed(value)
      for (const user of [...state.proxyUsers[1], ...state.proxyUsers[2]]) {
        expect(user.username).toMatch(/^[A-Za-z0-9]{6,15}$/)
        expect(user.password).toMatch(/^[A-Za-z][A-Za-z0-9]{5,14}$/)
        expect(user.trafficLimitMb === 0 || user.trafficLimitMb >= 100).toBe(true)
      }
      expect(new Set(state.cdks.map((c) => c.cdk)).size).toBe(state.cdks.length)
    }
  })
})
