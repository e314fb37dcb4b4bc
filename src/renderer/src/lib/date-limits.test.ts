import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateTimeRangeProblem, presetsWithin, selectableDays } from './date-limits'
import { addDaysIso } from './format'

const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1

describe('selectableDays', () => {
  it('offers nothing after today, and once a start is picked only ends within 180 days', () => {
    expect(selectableDays(null, { maxSpanDays: 180, maxDate: '2026-12-01' })).toEqual({ maxDate: '2026-12-01' })
    expect(selectableDays('2026-11-20', { maxSpanDays: 180, maxDate: '2026-12-01' })).toEqual({
      minDate: '2026-05-25',
      maxDate: '2026-12-01',
    })
  })

  it('keeps every range it allows within the span and the limits', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDaysIso('2022-01-01', n))
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), day, day, (start, span, a, b) => {
        const [minDate, maxDate] = a < b ? [a, b] : [b, a]
        fc.pre(start >= minDate && start <= maxDate)
        const offered = selectableDays(start, { maxSpanDays: span, minDate, maxDate })
        const lo = offered.minDate as string
        const hi = offered.maxDate as string
        expect(lo >= minDate && hi <= maxDate).toBe(true)
        expect(daysFrom(start, hi)).toBeLessThanOrEqual(span)
        expect(daysFrom(lo, start)).toBeLessThanOrEqual(span)
      }),
    )
  })
})

describe('presetsWithin', () => {
  it('drops presets longer than the API allows', () => {
    const ranges = presetsWithin([7, 30, 365], '2026-12-01', { maxSpanDays: 180 })
    expect(ranges).toEqual([
      { days: 7, range: { from: '2026-11-25', to: '2026-12-01' } },
      { days: 30, range: { from: '2026-11-02', to: '2026-12-01' } },
    ])
  })
})

describe('dateTimeRangeProblem', () => {
  it('refuses an end before the start and a span beyond the limit', () => {
    expect(dateTimeRangeProblem({ from: '2026-12-01 10:00:00', to: '2026-12-01 09:00:00' }, {})).toEqual({
      kind: 'endBeforeStart',
    })
    expect(
      dateTimeRangeProblem({ from: '2026-11-01 00:00:00', to: '2026-11-08 00:00:01' }, { maxSpanDays: 7 }),
    ).toEqual({ kind: 'tooLong', maxSpanDays: 7 })
    expect(dateTimeRangeProblem({ from: '2026-11-01 00:00:00', to: '2026-11-08 00:00:00' }, { maxSpanDays: 7 })).toBe(
      null,
    )
  })
})
