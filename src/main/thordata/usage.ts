import type { UsageDay } from '@shared/domain/account'
import type { TrafficUnit } from '@shared/traffic'
import { Fields, isRow, listIn, malformed } from './parse'

/**
 * The days of a usage report, for the master account and a proxy user alike: the report's `data` list (nested or
 * not, see listIn) or a bare list of days (the Python SDK's proxy-user test). A day's figure is `usage_traffic`
 * (docs) or `usage` (Python SDK test), in `unit`; a day without a readable date or figure makes the report malformed.
 */
export function parseUsageDays(data: unknown, unit: TrafficUnit): UsageDay[] {
  return listIn(isRow(data) ? data.data : data, 'usage days').map((row) => {
    const day = new Fields(row, 'usage day')
    const date = day.date('date')
    if (date === null) throw malformed('usage day: date missing or unreadable')
    return { date, usedBytes: day.bytes(['usage_traffic', 'usage'], unit) }
  })
}

/** What a usage report sums its days to when it does not say `range_usage_traffic` itself. */
export const sumDays = (days: UsageDay[]) => days.reduce((sum, day) => sum + day.usedBytes, 0)
