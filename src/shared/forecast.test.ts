import { describe, expect, it } from 'vitest'
import type { UsageDay } from './domain/account'
import { addDays, FORECAST_WINDOW_DAYS, forecastRunway, forecastWarns } from './forecast'

const GB = 1024 ** 3
const today = '2026-12-01'

/** `count` days ending yesterday (or ending at `last`), each using `perDay(i)` (i = 0 for the oldest). */
function days(count: number, perDay: (i: number) => number, last = addDays(today, -1)): UsageDay[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(last, i - count + 1), usedBytes: perDay(i) }))
}

describe('the runway forecast', () => {
  it('averages the last 14 full days and says when the traffic runs out, before the expiry date', () => {
    // The example: 37.4 GB left, 1.9 GB a day, expires in 40 days.
    const forecast = forecastRunway({
      remainingBytes: 37.4 * GB,
      expiresOn: addDays(today, 40),
      days: days(30, () => 1.9 * GB),
      today,
    })
    expect(forecast).toMatchObject({ kind: 'runsOut', windowDays: 14, lastsDays: 19, runsOutOn: '2026-12-20' })
    expect(forecast.kind === 'runsOut' && forecast.beforeExpiryDays).toBe(21)
    expect(forecast.kind === 'runsOut' && forecast.dailyBytes).toBeCloseTo(1.9 * GB)
  })

  it('leaves today out of the average: a busy morning does not move the date', () => {
    const base = { remainingBytes: 20 * GB, expiresOn: null, today }
    const without = forecastRunway({ ...base, days: days(20, () => GB) })
    const withToday = forecastRunway({ ...base, days: [...days(20, () => GB), { date: today, usedBytes: 50 * GB }] })
    expect(withToday).toEqual(without)
    expect(without).toMatchObject({ kind: 'runsOut', lastsDays: 20, beforeExpiryDays: null })
  })

  it('with rising use, only the recent days count: the date comes sooner than the whole month would say', () => {
    // 30 days climbing from 0.5 GB to 3.4 GB a day.
    const rising = days(30, (i) => (0.5 + i * 0.1) * GB)
    const forecast = forecastRunway({ remainingBytes: 40 * GB, expiresOn: null, days: rising, today })
    const last14 = rising.slice(-FORECAST_WINDOW_DAYS).reduce((sum, d) => sum + d.usedBytes, 0) / 14
    const month = rising.reduce((sum, d) => sum + d.usedBytes, 0) / 30
    expect(forecast.kind === 'runsOut' && forecast.dailyBytes).toBeCloseTo(last14)
    expect(forecast).toMatchObject({ kind: 'runsOut', lastsDays: Math.floor((40 * GB) / last14) })
    expect(Math.floor((40 * GB) / last14)).toBeLessThan(Math.floor((40 * GB) / month))
  })

  it('says the traffic lasts past the expiry date when the plan ends first', () => {
    const forecast = forecastRunway({
      remainingBytes: 100 * GB,
      expiresOn: addDays(today, 10),
      days: days(30, () => GB),
      today,
    })
    expect(forecast).toMatchObject({ kind: 'pastExpiry', lastsDays: 100, expiresOn: '2026-12-11' })
  })

  it('running out on the expiry day itself counts as lasting until it', () => {
    const forecast = forecastRunway({
      remainingBytes: 10 * GB,
      expiresOn: addDays(today, 10),
      days: days(14, () => GB),
      today,
    })
    expect(forecast.kind).toBe('pastExpiry')
  })

  it('with fewer than 3 full days of history it says so instead of guessing', () => {
    const young = forecastRunway({ remainingBytes: 5 * GB, expiresOn: null, days: days(2, () => GB), today })
    expect(young).toEqual({ kind: 'shortHistory', days: 2 })
    // The report lists zeros for the days before the account was first used: they are not history.
    const padded = forecastRunway({
      remainingBytes: 5 * GB,
      expiresOn: null,
      days: days(30, (i) => (i >= 28 ? GB : 0)),
      today,
    })
    expect(padded).toEqual({ kind: 'shortHistory', days: 2 })
    expect(forecastRunway({ remainingBytes: 5 * GB, expiresOn: null, days: days(3, () => GB), today })).toMatchObject({
      kind: 'runsOut',
      windowDays: 3,
      lastsDays: 5,
    })
  })

  it('a first use only today is no full day of history yet', () => {
    const forecast = forecastRunway({
      remainingBytes: 5 * GB,
      expiresOn: null,
      days: [{ date: today, usedBytes: GB }],
      today,
    })
    expect(forecast).toEqual({ kind: 'shortHistory', days: 0 })
  })

  it('use from before the report counts as history: a quiet start of the window is not a short history', () => {
    const forecast = forecastRunway({
      remainingBytes: 10 * GB,
      expiresOn: null,
      days: days(14, (i) => (i >= 12 ? 7 * GB : 0)),
      totalUsedBytes: 500 * GB,
      today,
    })
    expect(forecast).toMatchObject({ kind: 'runsOut', windowDays: 14, dailyBytes: GB, lastsDays: 10 })
  })

  it('with zero use it says so: at no use the traffic never runs out', () => {
    const idle = forecastRunway({
      remainingBytes: 10 * GB,
      expiresOn: null,
      days: days(30, (i) => (i < 10 ? GB : 0)),
      today,
    })
    expect(idle).toEqual({ kind: 'noUse', windowDays: 14 })
    expect(forecastRunway({ remainingBytes: 10 * GB, expiresOn: null, days: days(30, () => 0), today })).toEqual({
      kind: 'noUse',
      windowDays: 14,
    })
  })

  it('nothing left, or an expired plan, is said as such', () => {
    expect(forecastRunway({ remainingBytes: 0, expiresOn: null, days: days(30, () => GB), today })).toEqual({
      kind: 'empty',
    })
    expect(
      forecastRunway({ remainingBytes: GB, expiresOn: addDays(today, -1), days: days(30, () => GB), today }),
    ).toEqual({ kind: 'expired', expiresOn: '2026-11-30' })
  })

  it('warns under the threshold of days only when the traffic runs out before the plan ends', () => {
    const soon = forecastRunway({ remainingBytes: 3 * GB, expiresOn: null, days: days(14, () => GB), today })
    expect(forecastWarns(soon, 7)).toBe(true)
    expect(forecastWarns(soon, 3)).toBe(false)
    expect(forecastWarns(soon, 0)).toBe(false)
    const planEnds = forecastRunway({
      remainingBytes: 3 * GB,
      expiresOn: addDays(today, 2),
      days: days(14, () => GB),
      today,
    })
    expect(forecastWarns(planEnds, 7)).toBe(false)
  })
})
