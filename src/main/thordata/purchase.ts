import type { AppError } from '@shared/errors'
import { AppErrorException } from '@shared/errors'

/** A purchase failure that does not say whether it went through (a lost answer, an unreadable one, an unknown code). */
function purchaseOutcomeUnknown(error: AppError): boolean {
  if (error.kind === 'network') return !error.retryable
  return error.kind === 'server' && error.code !== 10009
}

/** How a purchase says that its outcome is not known: the answer was lost, or came with a code the app does not know. */
export interface PurchaseWords {
  lost: () => string
  unknownCode: (code: number) => string
}

/**
 * A failure of a purchase (wallet money, traffic): when it does not say whether the purchase went through, it is
 * marked `outcome: 'unknown'`, never offered as a retry, and says to check the list before buying again.
 */
export function asPurchaseFailure(error: AppError, words: PurchaseWords): AppError {
  if (!purchaseOutcomeUnknown(error)) return error
  const { code } = error
  const unknown: AppError = { ...error, retryable: false, outcome: 'unknown' }
  // An HTTP 3xx (a redirect) already says what happened and to check; an HTTP 5xx or nothing at all lost the answer.
  if (code === undefined || error.kind === 'network' || (code >= 500 && code < 600)) {
    return { ...unknown, message: words.lost() }
  }
  if (code >= 300 && code < 400) return unknown
  return { ...unknown, message: words.unknownCode(code) }
}

/** Runs a purchase, passing what it throws through asPurchaseFailure (after `reword`, for the section's own codes). */
export async function asPurchase<T>(
  words: PurchaseWords,
  run: () => Promise<T>,
  reword: (error: AppError) => AppError = (error) => error,
): Promise<T> {
  try {
    return await run()
  } catch (cause) {
    if (cause instanceof AppErrorException) {
      throw new AppErrorException(asPurchaseFailure(reword(cause.appError), words))
    }
    throw cause
  }
}
