import type { AppError } from '@shared/errors'
import { isSlowDown, SLOW_DOWN_MS } from './errors'

const BASE_DELAY_MS = 500
const MAX_DELAY_MS = 8_000
const JITTER_MS = 250

/**
 * Whether a failed GET may be asked again: the connection failed or timed out, the server broke (5xx or an
 * unreadable reply), or Thordata asked to slow down. Payload errors such as a bad token, or a code the app does
 * not know (a payload 402 "Insufficient balance" among them), are final.
 */
export function isRetryableForGet(error: AppError): boolean {
  return error.kind === 'network' || isSlowDown(error) || isServerBreakage(error)
}

/**
 * A 5xx or an unreadable reply: the server broke, as opposed to answering with a Thordata error code. Decided by
 * the error itself, not its number, because a payload code and an HTTP status can share one (payload 500 ≠ HTTP
 * 500): the rules for a definite answer from Thordata (10009, unknown payload codes) are never retryable.
 */
export function isServerBreakage(error: AppError): boolean {
  return error.kind === 'server' && error.retryable
}

/** Exponential backoff with jitter; a "slow down" answer (10011, 111, HTTP 429 or 402) waits at least ~2 s. */
export function backoffDelay(step: number, error: AppError, random: () => number): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** step)
  const floor = isSlowDown(error) ? SLOW_DOWN_MS : 0
  return Math.max(exponential, floor) + Math.round(random() * JITTER_MS)
}
