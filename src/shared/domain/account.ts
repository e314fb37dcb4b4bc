import { z } from 'zod'
import { isoDate } from './dates'

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

/** Thordata refuses usage ranges longer than this (error 10021). */
export const MAX_USAGE_RANGE_DAYS = 180

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export const usageRangeInput = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: 'The start date must be on or before the end date', path: ['from'] })
  .refine((r) => daysBetween(r.from, r.to) < MAX_USAGE_RANGE_DAYS, {
    message: `Thordata keeps usage for ranges of at most ${MAX_USAGE_RANGE_DAYS} days`,
    path: ['from'],
  })
export type UsageRangeInput = z.infer<typeof usageRangeInput>
