import type { AppError } from '@shared/errors'
import { SLOW_DOWN_CODES, SLOW_DOWN_MS } from './errors'

const BASE_DELAY_MS = 500
const MAX_DELAY_MS = 8_000
const JITTER_MS = 250

/**
 * Whether a failed GET may be asked again: the connection failed or timed out, the server broke (5xx or an
 * unreadable reply), or Thordata asked to slow down. Payload errors such as a bad token are final.
 */
export function isRetryableForGet(error: AppError): boolean {
  return error.kind === 'network' || error.kind === 'rate-limit' || isServerBreakage(error)
}

/** A 5xx or an unreadable reply: the server broke, as opposed to answering with a Thordata error code. */
export function isServerBreakage(error: AppError): boolean {
  if (error.kind !== 'server') return false
  return error.code === undefined || (error.code >= 500 && error.code < 600)
}

/** Exponential backoff with jitter; a "slow down" answer (10011, 111, 429) waits at least ~2 s. */
export function backoffDelay(step: number, error: AppError, random: () => number): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** step)
  const floor = error.code !== undefined && SLOW_DOWN_CODES.has(error.code) ? SLOW_DOWN_MS : 0
  return Math.max(exponential, floor) + Math.round(random() * JITTER_MS)
}
