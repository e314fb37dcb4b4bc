import type { UsageDay, UsageReport } from '@shared/domain/account'
import { daysBetween, MAX_USAGE_RANGE_DAYS } from '@shared/domain/account'
import type { ChartPoint } from './chart-model'
import type { DayLimits } from './date-limits'
import { addDaysIso, formatShortDate } from './format'

/** Daily usage (the account's, a proxy user's): what the Account tab and the usage drawer both show. */

/** The period a usage view opens on. */
export const DEFAULT_USAGE_DAYS = 30

/** What Thordata's usage endpoints accept (error 10021 beyond it); no future days (the picker's default). */
export const USAGE_LIMITS: DayLimits = { maxSpanDays: MAX_USAGE_RANGE_DAYS }

/** Every day of the report's range in order, with 0 for days Thordata left out. */
export function fillDays(report: Pick<UsageReport, 'from' | 'to' | 'days'>): UsageDay[] {
  const used = new Map(report.days.map((day) => [day.date, day.usedBytes]))
  const count = daysBetween(report.from, report.to) + 1
  return Array.from({ length: Math.max(count, 0) }, (_, i) => {
    const date = addDaysIso(report.from, i)
    return { date, usedBytes: used.get(date) ?? 0 }
  })
}

export interface UsageSummary {
  usedBytes: number
  dailyAverageBytes: number
  busiest: UsageDay | null
}

export function summarizeUsage(report: Pick<UsageReport, 'rangeUsedBytes'>, days: UsageDay[]): UsageSummary {
  const busiest = days.reduce<UsageDay | null>((top, day) => (day.usedBytes > (top?.usedBytes ?? 0) ? day : top), null)
  return {
    usedBytes: report.rangeUsedBytes,
    dailyAverageBytes: days.length ? report.rangeUsedBytes / days.length : 0,
    busiest,
  }
}

/** The chart's bars: one per day, labelled for the locale; today's is partial ("so far"), not a drop. */
export function usagePoints(days: readonly UsageDay[], today: string): ChartPoint[] {
  return days.map((day) => ({ label: formatShortDate(day.date), value: day.usedBytes, partial: day.date === today }))
}
