import { daysBetween } from '@shared/domain/account'

export type ExpiryTone = 'ok' | 'soon' | 'expired' | 'unknown'

export interface ExpiryStatus {
  tone: ExpiryTone
  /** "Expires in 12 days", "Expires today", "Expired 3 days ago" */
  label: string
}

/** Traffic expiring within this many days is flagged. */
export const EXPIRY_WARNING_DAYS = 7

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function describeExpiry(expiresOn: string | null, today: string): ExpiryStatus {
  if (!expiresOn) return { tone: 'unknown', label: 'Thordata reports no expiry date' }
  const days = daysBetween(today, expiresOn)
  if (days < 0) return { tone: 'expired', label: `Expired ${plural(-days, 'day')} ago` }
  if (days === 0) return { tone: 'soon', label: 'Expires today' }
  return { tone: days < EXPIRY_WARNING_DAYS ? 'soon' : 'ok', label: `Expires in ${plural(days, 'day')}` }
}
