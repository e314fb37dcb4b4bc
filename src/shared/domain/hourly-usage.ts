import { z } from 'zod'
import { MAX_USAGE_RANGE_DAYS } from './limits'
import { proxyUsername, proxyUserProduct } from './proxy-users'

/** Reference §4.6: an hour as Thordata names it, "yyyy-mm-dd HH" (both ends of a range included). */
export const HOUR_PATTERN = /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3])$/

/** §1.6 caps usage queries at 180 days; by the hour that is 180 × 24 hours (error 10021 beyond it). */
export const MAX_HOURLY_RANGE_HOURS = MAX_USAGE_RANGE_DAYS * 24

/** Milliseconds since the epoch of an hour's start, read as written (no time zone is documented). */
export const hourStart = (hour: string): number => Date.parse(`${hour.replace(' ', 'T')}:00:00Z`)

const isoHour = z
  .string()
  .regex(HOUR_PATTERN, 'validation:dates.hour')
  .refine((hour) => Number.isFinite(hourStart(hour)), 'validation:dates.notReal')

export const proxyUserHourlyUsageInput = z
  .object({ product: proxyUserProduct, username: proxyUsername, from: isoHour, to: isoHour })
  .refine((r) => r.from <= r.to, { message: 'validation:dates.startBeforeEnd', path: ['from'] })
  .refine((r) => (hourStart(r.to) - hourStart(r.from)) / 3_600_000 < MAX_HOURLY_RANGE_HOURS, {
    message: 'validation:dates.usageRange',
    path: ['from'],
  })
export type ProxyUserHourlyUsageInput = z.infer<typeof proxyUserHourlyUsageInput>

export interface UsageHour {
  /** "yyyy-mm-dd HH" */
  hour: string
  usedBytes: number
}

/** A proxy user's traffic hour by hour over [from, to]; hours Thordata leaves out are not in `hours`. */
export interface ProxyUserHourlyUsage {
  username: string
  from: string
  to: string
  rangeUsedBytes: number
  hours: UsageHour[]
}
