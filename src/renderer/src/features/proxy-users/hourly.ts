import type { ChartPoint } from '@renderer/lib/chart-model'
import type { DateTimeLimits, DateTimeRange } from '@renderer/lib/date-limits'
import { formatDateTime } from '@renderer/lib/format'
import { hourStart, MAX_HOURLY_RANGE_HOURS, type UsageHour } from '@shared/domain/hourly-usage'
import { MAX_USAGE_RANGE_DAYS } from '@shared/domain/limits'
import dayjs from 'dayjs'

/** Hourly usage in the drawer: the picker works in moments, Thordata in whole hours ("yyyy-mm-dd HH"). */

const MOMENT = 'YYYY-MM-DD HH:mm:ss'
const HOUR = 'YYYY-MM-DD HH'
const HOUR_MS = 3_600_000

/** The window the hourly view opens on: the last 24 hours, the current one included. */
export function defaultHourWindow(now: number): DateTimeRange {
  const end = dayjs(now).startOf('hour').add(1, 'hour')
  return { from: end.subtract(24, 'hour').format(MOMENT), to: end.format(MOMENT) }
}

/** The picker's limits: §1.6's 180 days, and nothing after the current hour. */
export function hourLimits(now: number): DateTimeLimits {
  return { maxSpanDays: MAX_USAGE_RANGE_DAYS, max: dayjs(now).startOf('hour').add(1, 'hour').format(MOMENT) }
}

/**
 * The hours a picked window covers: from the hour holding its start up to the hour holding its last moment (the end
 * itself is excluded, so 00:00–00:00 is 24 hours). A window of exactly 180 days that starts mid-hour would touch one
 * hour more than Thordata allows: it loses the start's partial hour.
 */
export function hoursOf(range: DateTimeRange): { from: string; to: string } {
  const to = dayjs(range.to).subtract(1, 'millisecond').startOf('hour')
  let from = dayjs(range.from).startOf('hour')
  if (to.diff(from, 'hour') >= MAX_HOURLY_RANGE_HOURS) from = to.subtract(MAX_HOURLY_RANGE_HOURS - 1, 'hour')
  return { from: from.format(HOUR), to: to.format(HOUR) }
}

/** Every hour of [from, to] in order, with 0 for hours Thordata left out. */
export function fillHours(report: { from: string; to: string; hours: readonly UsageHour[] }): UsageHour[] {
  const used = new Map(report.hours.map((h) => [h.hour, h.usedBytes]))
  const first = hourStart(report.from)
  const count = Math.max(0, Math.round((hourStart(report.to) - first) / HOUR_MS) + 1)
  return Array.from({ length: count }, (_, i) => {
    // The hours are wall-clock text: step in UTC so a daylight-saving change does not skip or repeat one.
    const hour = new Date(first + i * HOUR_MS).toISOString().slice(0, 13).replace('T', ' ')
    return { hour, usedBytes: used.get(hour) ?? 0 }
  })
}

/** The chart's points, labelled for the locale; the hour still running is partial ("so far"), not a drop. */
export function hourPoints(hours: readonly UsageHour[], now: number): ChartPoint[] {
  const current = dayjs(now).format(HOUR)
  return hours.map((h) => ({
    label: formatDateTime(dayjs(`${h.hour}:00`).valueOf()),
    value: h.usedBytes,
    partial: h.hour === current,
  }))
}
