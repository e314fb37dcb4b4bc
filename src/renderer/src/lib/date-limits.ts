import dayjs from 'dayjs'
import { addDaysIso } from './format'

/** A range of calendar days, yyyy-mm-dd, both ends included (Thordata counts from..to as to − from + 1 days). */
export interface DayRange {
  from: string
  to: string
}

/** What the API accepts: at most `maxSpanDays` days, none before `minDate` or after `maxDate` (yyyy-mm-dd). */
export interface DayLimits {
  maxSpanDays?: number
  minDate?: string
  maxDate?: string
}

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a > b ? a : b)
const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a < b ? a : b

/**
 * Which days a range picker offers. Within the limits; and once a start is picked, only ends that keep the range
 * within `maxSpanDays` on either side of it.
 */
export function selectableDays(pickedStart: string | null, limits: DayLimits): { minDate?: string; maxDate?: string } {
  if (!pickedStart || limits.maxSpanDays === undefined) return { minDate: limits.minDate, maxDate: limits.maxDate }
  const reach = limits.maxSpanDays - 1
  return {
    minDate: later(limits.minDate, addDaysIso(pickedStart, -reach)),
    maxDate: earlier(limits.maxDate, addDaysIso(pickedStart, reach)),
  }
}

/** The last `days` days up to `today`, today included. */
export function lastDays(days: number, today: string): DayRange {
  return { from: addDaysIso(today, -(days - 1)), to: today }
}

/** The "Last N days" presets the limits allow. */
export function presetsWithin(
  days: readonly number[],
  today: string,
  limits: DayLimits,
): { days: number; range: DayRange }[] {
  return days
    .filter((n) => limits.maxSpanDays === undefined || n <= limits.maxSpanDays)
    .map((n) => ({ days: n, range: lastDays(n, earlier(today, limits.maxDate) ?? today) }))
    .filter(({ range }) => limits.minDate === undefined || range.from >= limits.minDate)
}

/** yyyy-mm-dd hh:mm:ss, as Mantine's DateTimePicker and Thordata's endpoints take them. */
export interface DateTimeRange {
  from: string
  to: string
}

export interface DateTimeLimits {
  maxSpanDays?: number
  /** yyyy-mm-dd hh:mm:ss */
  min?: string
  max?: string
}

export type DateTimeRangeProblem = { kind: 'endBeforeStart' } | { kind: 'tooLong'; maxSpanDays: number } | null

/** What is wrong with a picked date-time range, if anything (outside min/max the picker already prevents). */
export function dateTimeRangeProblem(range: DateTimeRange, limits: DateTimeLimits): DateTimeRangeProblem {
  const from = dayjs(range.from)
  const to = dayjs(range.to)
  if (!to.isAfter(from)) return { kind: 'endBeforeStart' }
  if (limits.maxSpanDays !== undefined && to.diff(from, 'millisecond') > limits.maxSpanDays * 86_400_000) {
    return { kind: 'tooLong', maxSpanDays: limits.maxSpanDays }
  }
  return null
}
