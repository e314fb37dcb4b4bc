import { addDaysIso } from '@renderer/lib/format'
import type { UsageDay, UsageReport } from '@shared/domain/account'
import { daysBetween } from '@shared/domain/account'
import { type TrafficUnit, unitBytes } from '@shared/traffic'

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

const units: TrafficUnit[] = ['B', 'KB', 'MB', 'GB']

/** The largest unit in which the biggest day is still at least 1, so axis ticks read like "250 MB", not "0.24 GB". */
export function chartUnit(maxBytes: number): TrafficUnit {
  let unit: TrafficUnit = 'B'
  for (const candidate of units) if (maxBytes >= unitBytes[candidate]) unit = candidate
  return unit
}

/** An axis reading already in `unit`: "0.25 GB", "1.5 GB", "250 MB". */
export function formatAxisValue(value: number, unit: TrafficUnit): string {
  return `${value.toLocaleString('en-US', { maximumFractionDigits: value >= 10 ? 0 : 2 })} ${unit}`
}
