import { z } from 'zod'
import { isoDate } from './dates'
import { MAX_USAGE_RANGE_DAYS } from './limits'

/** Traffic left on the master account. */
export interface TrafficBalance {
  remainingBytes: number
  /** yyyy-mm-dd, or null when Thordata sends none. */
  expiresOn: string | null
}

export interface WalletBalance {
  amount: number
  /** Thordata's docs do not state the currency; the SDK spec says USD. */
  currency: 'USD'
}

export interface UsageDay {
  date: string
  usedBytes: number
}

export interface UsageReport {
  from: string
  to: string
  /** Everything the account has used, all time. */
  totalUsedBytes: number
  remainingBytes: number
  /** Used inside [from, to]. */
  rangeUsedBytes: number
  days: UsageDay[]
}

/** Re-exported for the code that already imports it from here. */
export { MAX_USAGE_RANGE_DAYS }

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export const usageRangeInput = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: 'validation:dates.startBeforeEnd', path: ['from'] })
  .refine((r) => daysBetween(r.from, r.to) < MAX_USAGE_RANGE_DAYS, {
    message: 'validation:dates.usageRange',
    path: ['from'],
  })
export type UsageRangeInput = z.infer<typeof usageRangeInput>
