import { addDaysIso } from '@renderer/lib/format'
import { MAX_USAGE_RANGE_DAYS } from '@shared/domain/account'

export interface DateRange {
  from: string
  to: string
}

/** The last `days` days, today included. */
export function lastDays(days: number, today: string): DateRange {
  return { from: addDaysIso(today, -(days - 1)), to: today }
}

export const DEFAULT_RANGE_DAYS = 30

/**
 * Which days the picker offers. Never the future; and once a start day is picked, only ends that keep the range
 * within Thordata's limit (it counts a range of N days as from..from+N-1).
 */
export function selectableDays(pickedStart: string | null, today: string): { minDate?: string; maxDate: string } {
  if (!pickedStart) return { maxDate: today }
  const reach = MAX_USAGE_RANGE_DAYS - 1
  const latest = addDaysIso(pickedStart, reach)
  return { minDate: addDaysIso(pickedStart, -reach), maxDate: latest < today ? latest : today }
}
