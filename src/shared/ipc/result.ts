import type { AppError } from '../errors'

/** What every IPC call answers: a value, or an AppError. Never a thrown Error (those lose their shape crossing IPC). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error })
