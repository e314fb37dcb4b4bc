const DAY_MS = 24 * 60 * 60 * 1000

/** Within this many days something bought (an IP, a server) counts as expiring soon: a week leaves time to renew. */
export const SOON_DAYS = 7

export type ExpiryState = 'expired' | 'soon' | 'ok' | 'unknown'

export interface Expiry {
  state: ExpiryState
  /**
   * Whole days left (rounded down: "2 days left" never means fewer than 48 hours), or whole days since it expired
   * (rounded down too), 0 on its last day. null without a date.
   */
  days: number | null
  /** With under a day left: whether that is still today on this computer's calendar ("Expires today"). */
  endsToday: boolean
}

const sameLocalDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString()

/** How long it has left at `now` (ms since epoch), from its ISO expiry. */
export function expiryOf(expiresAt: string | null, now: number): Expiry {
  const at = expiresAt === null ? Number.NaN : Date.parse(expiresAt)
  if (Number.isNaN(at)) return { state: 'unknown', days: null, endsToday: false }
  const left = at - now
  if (left <= 0) return { state: 'expired', days: Math.floor((now - at) / DAY_MS), endsToday: false }
  const days = Math.floor(left / DAY_MS)
  return { state: days < SOON_DAYS ? 'soon' : 'ok', days, endsToday: days === 0 && sameLocalDay(at, now) }
}

/** Sorts by expiry, soonest first; anything without a date last. */
export const expirySortValue = (expiresAt: string | null): number => {
  const at = expiresAt === null ? Number.NaN : Date.parse(expiresAt)
  return Number.isNaN(at) ? Number.MAX_SAFE_INTEGER : at
}

export interface ExpiryTally {
  expired: number
  soon: number
  ok: number
}

export function tallyExpiry(dates: readonly (string | null)[], now: number): ExpiryTally {
  const tally: ExpiryTally = { expired: 0, soon: 0, ok: 0 }
  for (const date of dates) {
    const { state } = expiryOf(date, now)
    if (state !== 'unknown') tally[state]++
  }
  return tally
}
