import type { Params } from '../http/params'
import { fail } from '../http/sim-error'
import { DAY_MS, formatDate, HOUR_MS, parseDate, parseHour } from '../time'

/** Reference §1.6: usage queries cover at most 180 days. */
export const MAX_RANGE_DAYS = 180

export interface DayRange {
  /** Midnight UTC of from_date and to_date (inclusive). */
  from: number
  to: number
  dates: string[]
}

export function dayRange(params: Params): DayRange {
  const from = parseDate(params.required('from_date'))
  const to = parseDate(params.required('to_date'))
  if (from === null) throw fail(10000, 'from_date must be a date like 2025-05-01')
  if (to === null) throw fail(10000, 'to_date must be a date like 2025-05-31')
  if (to < from) throw fail(10000, 'to_date is before from_date')
  const days = (to - from) / DAY_MS + 1
  if (days > MAX_RANGE_DAYS) throw fail(10021)
  return { from, to, dates: Array.from({ length: days }, (_, i) => formatDate(from + i * DAY_MS)) }
}

export interface HourRange {
  /** Start of the first and of the last hour (inclusive). */
  from: number
  to: number
}

/** "yyyy-mm-dd HH" per §4.6; a bare date is read as the whole day (00 for from, 23 for to). */
export function hourRange(params: Params): HourRange {
  const read = (name: string, bareHour: number): number => {
    const text = params.required(name)
    const day = parseDate(text)
    const at = day === null ? parseHour(text) : day + bareHour * HOUR_MS
    if (at === null) throw fail(10000, `${name} must look like 2025-07-01 00`)
    return at
  }
  const from = read('from_date', 0)
  const to = read('to_date', 23)
  if (to < from) throw fail(10000, 'to_date is before from_date')
  if ((to - from) / HOUR_MS + 1 > MAX_RANGE_DAYS * 24) throw fail(10021)
  return { from, to }
}
