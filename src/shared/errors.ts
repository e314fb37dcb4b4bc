/**
 * Errors cross the IPC boundary as plain data. Every failure a user can meet ends up as one of these,
 * with a message written for a person and, where it belongs to one input, the name of that field.
 */
export const errorKinds = [
  'auth',
  'validation',
  'rate-limit',
  'network',
  'server',
  'keychain',
  'not-found',
  'conflict',
] as const
export type ErrorKind = (typeof errorKinds)[number]

export interface AppError {
  kind: ErrorKind
  /** Thordata's payload code (10000–10021, 111–121) or an HTTP status, when there was one. */
  code?: number
  message: string
  /** The input the error belongs to, so a form can show it under that field. */
  field?: string
  /** True when the same request may simply be tried again. */
  retryable: boolean
  /** 'unknown': a purchase whose answer was lost or unreadable; it may have gone through (check before ordering again). */
  outcome?: 'unknown'
}

export function appError(
  kind: ErrorKind,
  message: string,
  extra: Partial<Omit<AppError, 'kind' | 'message'>> = {},
): AppError {
  return {
    kind,
    message,
    retryable: extra.retryable ?? (kind === 'network' || kind === 'server' || kind === 'rate-limit'),
    ...extra,
  }
}

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.message === 'string' && typeof v.kind === 'string' && (errorKinds as readonly string[]).includes(v.kind)
  )
}

/** Thrown inside main so that handlers can bail out with a ready-made AppError. */
export class AppErrorException extends Error {
  readonly appError: AppError
  constructor(error: AppError) {
    super(error.message)
    this.name = 'AppErrorException'
    this.appError = error
  }
}

/** Whatever was thrown, as an AppError: its own when it carries one, otherwise a plain message (never raw text). */
export function toAppError(
  cause: unknown,
  fallback = 'Something went wrong inside Thordata Desktop. Please try again.',
): AppError {
  if (cause instanceof AppErrorException) return cause.appError
  if (isAppError(cause)) return cause
  return appError('server', fallback, { retryable: true })
}
