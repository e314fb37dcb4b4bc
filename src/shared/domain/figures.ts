import type { TrafficBalance, WalletBalance } from './account'

/** A value with the time main fetched it (ISO 8601). */
export interface Fetched<T> {
  value: T
  fetchedAt: string
}

/**
 * The last figures main fetched for an account, each with its time, so the window paints them at once (with their
 * age) while fresh ones load, and opens on them offline. Kept per account on disk; never anything secret.
 */
export interface CachedFigures {
  /** The traffic balance and its expiry date. */
  trafficBalance?: Fetched<TrafficBalance>
  walletBalance?: Fetched<WalletBalance>
}
export type FigureName = keyof CachedFigures
