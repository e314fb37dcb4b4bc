import {
  HOUR_PATTERN,
  type ProxyUserHourlyUsage,
  type ProxyUserHourlyUsageInput,
  type UsageHour,
} from '@shared/domain/hourly-usage'
import type { TrafficUnit } from '@shared/traffic'
import { Fields, isRow, listIn, malformed } from './parse'

/**
 * Reference §4.6: the report's `data.data` hours (`date` "2025-07-01 00" per the docs, `hour` in the Python SDK's
 * test), each `usage_traffic` (docs) or `usage` (SDK test), fractional, in the usage unit like §4.5.
 */
export function parseProxyUserHourlyUsage(
  data: unknown,
  input: ProxyUserHourlyUsageInput,
  unit: TrafficUnit,
): ProxyUserHourlyUsage {
  const hours = listIn(isRow(data) ? data.data : data, 'usage hours').map((row): UsageHour => {
    const f = new Fields(row, 'usage hour')
    const hour = f.optText(['date', 'hour'])?.trim().slice(0, 13) ?? ''
    if (!HOUR_PATTERN.test(hour)) throw malformed('usage hour: hour missing or unreadable')
    return { hour, usedBytes: f.bytes(['usage_traffic', 'usage'], unit) }
  })
  const f = new Fields(isRow(data) ? data : {}, 'proxy user hourly usage')
  return {
    username: input.username,
    from: input.from,
    to: input.to,
    rangeUsedBytes: f.optBytes('range_usage_traffic', unit) ?? hours.reduce((sum, h) => sum + h.usedBytes, 0),
    hours,
  }
}
