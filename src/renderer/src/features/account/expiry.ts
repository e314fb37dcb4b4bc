import { daysBetween } from '@shared/domain/account'

export type ExpiryTone = 'ok' | 'soon' | 'expired' | 'unknown'

export interface ExpiryStatus {
  tone: ExpiryTone
  /** Days from today to the expiry date (negative once expired); null without a date. */
  days: number | null
}

/** Traffic expiring within this many days is flagged. */
export const EXPIRY_WARNING_DAYS = 7

export function describeExpiry(expiresOn: string | null, today: string): ExpiryStatus {
  if (!expiresOn) return { tone: 'unknown', days: null }
  const days = daysBetween(today, expiresOn)
  if (days < 0) return { tone: 'expired', days }
  return { tone: days < EXPIRY_WARNING_DAYS ? 'soon' : 'ok', days }
}
