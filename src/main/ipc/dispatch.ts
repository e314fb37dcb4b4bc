import { type AppError, AppErrorException, appError, isAppError, toAppError } from '@shared/errors'
import { type Channel, contract, type OutputOf, type ParsedInputOf } from '@shared/ipc/contract'
import { fail, ok, type Result } from '@shared/ipc/result'
import type { z } from 'zod'
import { t, translateIssue } from '../i18n'
import type { Logger } from '../log/logger'

export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> }

export interface DispatchOptions {
  handlers: Handlers
  /** Is this page allowed to call main? (src/main/ipc/trust.ts) */
  trust: (senderUrl: string) => boolean
  log: Logger
}

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name)

/** Turns the first schema issue into an AppError that names the field, so the form shows it where it was typed. */
export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0]
  const field = issue?.path.length ? issue.path.map(String).join('.') : undefined
  return appError('validation', issue ? translateIssue(issue.message) : t('errors:ipc.invalidRequest'), {
    field,
    retryable: false,
  })
}

/**
 * The single entry point for every renderer request: check who is asking, validate the input against the
 * contract, run the handler, and answer with a Result. Nothing thrown escapes, and no raw error text crosses over.
 */
export function createDispatcher({ handlers, trust, log }: DispatchOptions) {
  return async function dispatch(
    channel: string,
    rawInput: unknown,
    sender: { url: string },
  ): Promise<Result<unknown>> {
    if (!trust(sender.url)) {
      log.warn(`refused ${channel} from an untrusted page`)
      return fail(
        appError('auth', t('errors:ipc.untrustedPage'), {
          retryable: false,
        }),
      )
    }
    if (!isChannel(channel)) {
      return fail(
        appError('validation', t('errors:ipc.unknownRequest', { channel: channel.slice(0, 64) }), { retryable: false }),
      )
    }
    const parsed = contract[channel].input.safeParse(rawInput)
    if (!parsed.success) return fail(validationError(parsed.error))
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (cause) {
      // Expected failures carry their AppError; anything else is a bug worth a log line (redacted).
      if (cause instanceof AppErrorException || isAppError(cause)) return fail(toAppError(cause))
      log.error(`${channel} failed`, cause)
      // A change that broke halfway may have been applied: never offered as a blind retry (a purchase, twice).
      if (contract[channel].invalidates.length > 0) {
        const unknown = toAppError(cause, t('errors:generic.unexpectedChange'))
        return fail({ ...unknown, retryable: false, outcome: 'unknown' })
      }
      return fail(toAppError(cause, t('errors:generic.unexpected')))
    }
  }
}
export type Dispatch = ReturnType<typeof createDispatcher>
