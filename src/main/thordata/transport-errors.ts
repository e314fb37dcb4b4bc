import type { AppError } from '@shared/errors'
import { appError } from '@shared/errors'
import { t } from '../i18n'
import { span } from './errors'

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
  const message =
    target === null
      ? t('errors:redirect.unknownTarget', { how })
      : target !== from.origin
        ? t('errors:redirect.toTarget', { host: from.host, target, how })
        : t('errors:redirect.sameTarget', { host: from.host, how })
  return appError('server', message, status > 0 ? { code: status, retryable: false } : { retryable: false })
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** A body past ThordataConfig.maxResponseBytes. Asking again would bring the same body, so it is not retried. */
export function responseTooLargeError(limitBytes: number): AppError {
  return appError('server', t('errors:reply.tooLarge', { size: megabytes(limitBytes) }), { retryable: false })
}

/** A GET that used up ThordataConfig.deadlineMs across all its attempts and hosts. */
export function deadlineError(deadlineMs: number, attempts: number): AppError {
  const tries = t('errors:network.attempts', { count: attempts })
  return appError('network', t('errors:network.deadline', { span: span(deadlineMs), tries }))
}

const fieldKeys = {
  token: 'errors:credentials.unsendableToken',
  key: 'errors:credentials.unsendableKey',
  accountName: 'errors:credentials.unsendableAccountName',
} as const

/**
 * Saved credentials that cannot travel in an HTTP header (a character outside Latin-1, or a control character).
 * Nothing is sent; retrying cannot help, typing the value again can.
 */
export function unsendableCredentialError(field: keyof typeof fieldKeys): AppError {
  return appError('auth', t(fieldKeys[field]), { field, retryable: false })
}
