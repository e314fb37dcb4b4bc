import { daysBetween, MAX_USAGE_RANGE_DAYS, usageRangeInput } from '@shared/domain/account'
import { describe, expect, it } from 'vitest'
import { lastDays, selectableDays } from './range'

describe('usage range picking', () => {
  const today = '2026-11-27'

  it('never offers days after today', () => {
    expect(selectableDays(null, today)).toEqual({ maxDate: today })
    expect(selectableDays('2026-11-20', today).maxDate).toBe(today)
  })

  it('once a start is picked, offers only ends that Thordata accepts', () => {
    const { minDate, maxDate } = selectableDays('2026-01-10', today)
    expect(usageRangeInput.safeParse({ from: '2026-01-10', to: maxDate }).success).toBe(true)
    expect(usageRangeInput.safeParse({ from: minDate, to: '2026-01-10' }).success).toBe(true)
    // One day further either way is refused (error 10021).
    expect(daysBetween('2026-01-10', maxDate)).toBe(MAX_USAGE_RANGE_DAYS - 1)
    expect(usageRangeInput.safeParse({ from: '2026-01-10', to: '2026-07-09' }).success).toBe(false)
  })

  it('makes every preset, up to the longest, a valid range', () => {
    for (const days of [7, 30, 90, MAX_USAGE_RANGE_DAYS]) {
      const range = lastDays(days, today)
      expect(range.to).toBe(today)
      expect(daysBetween(range.from, range.to) + 1).toBe(days)
      expect(usageRangeInput.safeParse(range).success).toBe(true)
    }
  })
})
