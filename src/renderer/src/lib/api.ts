import type { AppError } from '@shared/errors'
import { appError, isAppError } from '@shared/errors'
import type { Bridge, Channel, EventName, Events, InputOf, OutputOf } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { i18n } from './i18n'

/** A failed call, carrying the AppError main answered with so views can show its message and field. */
export class ApiError extends Error {
  readonly error: AppError

  constructor(error: AppError, options?: ErrorOptions) {
    super(error.message, options)
    this.name = 'ApiError'
    this.error = error
  }
}

function bridge(): Bridge {
  const found = window.thordata
  if (!found) {
    throw new ApiError(
      appError('server', i18n.t('app:bridge.unreachable'), {
        retryable: false,
      }),
    )
  }
  return found
}

/** Channels whose input is `undefined` may be called without one. */
export type CallArgs<C extends Channel> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]

/** Calls a contract channel and unwraps its Result: resolves with the value or throws an ApiError. */
export async function call<C extends Channel>(channel: C, ...args: CallArgs<C>): Promise<OutputOf<C>> {
  const invoke: Bridge['invoke'][C] = bridge().invoke[channel]
  return settle((async () => invoke(args[0] as InputOf<C>))())
}

/** The value of an answer from the bridge (one asked for before the app was ready, or by call), or its ApiError. */
export async function settle<T>(answer: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await answer
  } catch (cause) {
    // The bridge itself failed (IPC torn down, HTTP bridge unreachable): no AppError came back.
    throw new ApiError(
      appError('network', i18n.t('app:bridge.lost'), {
        retryable: true,
      }),
      { cause },
    )
  }
  if (result.ok) return result.value
  throw new ApiError(result.error)
}

/** Subscribes to a main → renderer event; returns the unsubscribe function. */
export function subscribe<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  return bridge().on[event](listener)
}

/** The AppError behind anything a query or mutation threw. */
export function toAppError(error: unknown): AppError {
  if (error instanceof ApiError) return error.error
  if (isAppError(error)) return error
  const message = error instanceof Error && error.message ? error.message : i18n.t('app:bridge.unknown')
  return appError('server', message, { retryable: true })
}
