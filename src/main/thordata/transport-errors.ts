import type { AppError } from '@shared/errors'
import { appError } from '@shared/errors'

/** Where a redirect pointed, as scheme and host only: the rest of a Location header may carry a query or a value. */
export function redirectTarget(location: string | null, from: URL): string | null {
  if (!location) return null
  try {
    const target = new URL(location, from)
    return `${target.protocol}//${target.host}`
  } catch {
    return null
  }
}

/**
 * A 3xx answer. The transport never follows one (it would hand the token and key to the other host, and a 302 turns
 * a POST into a GET), and nothing is sent again, so for a change the user must look before trying again. `target`
 * null: where it pointed is unknown (Electron's fetch refuses the redirect without showing it), so no host is named.
 */
export function redirectError(from: URL, target: string | null, status: number): AppError {
  const how = status > 0 ? ` (HTTP ${status})` : ''
  const what =
    target === null
      ? `Thordata's API address answered with a redirect${how}, which the app does not follow, so your token and key ` +
        'were not sent anywhere else'
      : `Thordata at ${from.host} answered with a redirect ${target !== from.origin ? `to ${target}` : 'to another address'}${how}. ` +
        'The app does not follow redirects, so your token and key were not sent there'
  return appError(
    'server',
    `${what} and nothing was sent again. If you were changing something, reload to check whether it was made. If ` +
      'this keeps happening, check the API address in Settings.',
    status > 0 ? { code: status, retryable: false } : { retryable: false },
  )
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** A body past ThordataConfig.maxResponseBytes. Asking again would bring the same body, so it is not retried. */
export function responseTooLargeError(limitBytes: number): AppError {
  return appError(
    'server',
    `Thordata sent a reply larger than ${megabytes(limitBytes)}, more than any real list needs, so the app stopped ` +
      'reading it. Try again later; if it keeps happening, contact Thordata support.',
    { retryable: false },
  )
}

/** A GET that used up ThordataConfig.deadlineMs across all its attempts and hosts. */
export function deadlineError(deadlineMs: number, attempts: number): AppError {
  const span = deadlineMs >= 1000 ? `${Number((deadlineMs / 1000).toFixed(1))} s` : `${deadlineMs} ms`
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`
  return appError(
    'network',
    `Thordata did not answer within ${span} (${tries}), so the app stopped waiting. Check your internet ` +
      'connection and try again in a moment.',
  )
}

const fieldNames = { token: 'token', key: 'key', accountName: 'account name' } as const

/**
 * Saved credentials that cannot travel in an HTTP header (a character outside Latin-1, or a control character).
 * Nothing is sent; retrying cannot help, typing the value again can.
 */
export function unsendableCredentialError(field: keyof typeof fieldNames): AppError {
  const name = fieldNames[field]
  return appError(
    'auth',
    `The saved ${name} contains a character that cannot be sent to Thordata (such as an emoji, a curly quote or a ` +
      `letter outside Latin-1), so nothing was sent. Sign out, then paste the ${name} again from Dashboard → My Account.`,
    { field, retryable: false },
  )
}
