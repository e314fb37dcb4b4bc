import type { BatchLineResult, BatchProgress } from '@shared/domain/public-ip'
import { isValidIp } from '@shared/domain/public-ip'
import { type AppError, AppErrorException, appError, toAppError } from '@shared/errors'
import { t } from '../i18n'

/**
 * How fast a batch add may go. Thordata refuses adds past roughly 3 a second with 10011 (nothing applied), so the
 * batch stays below that, and when it is refused anyway it waits and sends that same line again.
 */
export interface BatchConfig {
  /** Adds sent per second at most, across every batch: the sends start at least 1000 / this ms apart. */
  batchAddPerSecond: number
  /**
   * The back-off after a rate limit (10011, HTTP 429 or 402) on one line: the n-th refusal of that line waits the
   * n-th value, then sends it again. Once they are used up the batch stops, and the rest are reported not sent.
   */
  rateLimitWaitsMs: readonly number[]
}

export const defaultBatchConfig: BatchConfig = { batchAddPerSecond: 2, rateLimitWaitsMs: [2_000, 4_000, 8_000] }

/** Sends one add; throws an AppError (or AppErrorException) when it fails. */
export type SendAdd = (ip: string) => Promise<void>

export interface BatchRunnerDeps {
  config?: () => BatchConfig
  /** Milliseconds; tests pass a virtual clock that `sleep` advances. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  progress?: (progress: BatchProgress) => void
}

interface Running {
  cancelled: boolean
  /** Settles when the batch is cancelled, so a wait in progress ends at once. */
  stop: Promise<void>
  fire: () => void
}

type Failure = Extract<BatchLineResult, { ok: false }>
type LineEnd = { line: BatchLineResult; halt?: AppError }

const rejected = (ip: string, error: AppError): Failure => ({ ip, ok: false, outcome: 'rejected', error })
const notSent = (ip: string, error: AppError): Failure => ({ ip, ok: false, outcome: 'not-sent', error })

const cancelledError = () => appError('conflict', t('errors:batch.cancelled'), { retryable: true })

/** Thordata's "limit reached" (10019): the whitelist is full, so every later add would be refused the same way. */
const WHITELIST_FULL = 10019

function haltedError(cause: AppError): AppError {
  if (cause.code === WHITELIST_FULL) {
    return appError('conflict', t('errors:batch.full'), { code: WHITELIST_FULL, retryable: false })
  }
  const why = {
    'rate-limit': 'errors:batch.rateLimit',
    network: 'errors:batch.network',
    auth: 'errors:batch.auth',
    keychain: 'errors:batch.keychain',
  } as const
  const key = cause.kind in why ? why[cause.kind as keyof typeof why] : 'errors:batch.stopped'
  return appError(cause.kind, t(key), { retryable: true })
}

/** The answer was lost (timeout, dropped connection, 5xx, unreadable reply): the add may have been applied. */
function unknownOutcome(ip: string, error: AppError): Failure {
  const firstSentence = /^.*?[.!?](\s|$)/.exec(error.message)?.[0].trim() ?? error.message
  const message = `${firstSentence} It may or may not have been added: check the list before adding it again.`
  return { ip, ok: false, outcome: 'unknown', error: { ...error, message, retryable: false } }
}

/**
 * What a failed add means for the batch. Only the documented rate limits (10011, HTTP 429 and 402) are of kind
 * `rate-limit`: a definite "slow down", nothing applied. The transport keeps a POST's network error retryable only
 * when the connection was refused (nothing sent); a lost answer, a 5xx, a redirect or an unreadable reply may
 * hide an add that was applied. The other kinds are Thordata's definite "no" to this line.
 */
function verdict(error: AppError): 'rate-limit' | 'unreached' | 'unknown' | 'stop' | 'rejected' {
  if (error.kind === 'rate-limit') return 'rate-limit'
  if (error.kind === 'network') return error.retryable ? 'unreached' : 'unknown'
  if (error.kind === 'server') return 'unknown'
  // The credentials are wrong or missing, or the whitelist is full: every later line would meet the same answer.
  if (error.kind === 'auth' || error.kind === 'keychain' || error.code === WHITELIST_FULL) return 'stop'
  return 'rejected'
}

/**
 * Runs batch adds: each valid, unique line sent in order, paced, a rate-limited line waited out and sent again,
 * every other line sent at most once. A batch with an id reports progress and can be cancelled by it.
 */
export function createBatchRunner(deps: BatchRunnerDeps) {
  const config = deps.config ?? (() => defaultBatchConfig)
  const now = deps.now ?? Date.now
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const running = new Map<string, Running>()
  /** Shared by every batch, so two at once still keep to the rate. */
  let lastSendAt = Number.NEGATIVE_INFINITY

  const pause = (ms: number, run: Running) => Promise.race([sleep(ms), run.stop])

  async function sendOne(add: SendAdd, ip: string, run: Running, onWait: (ms?: number) => void): Promise<LineEnd> {
    let waits = 0
    for (;;) {
      const interval = 1000 / Math.max(0.01, config().batchAddPerSecond)
      const due = lastSendAt + interval - now()
      if (due > 0) await pause(due, run)
      if (run.cancelled) return { line: notSent(ip, cancelledError()) }
      lastSendAt = now()
      try {
        await add(ip)
        return { line: { ip, ok: true } }
      } catch (cause) {
        const error = toAppError(cause, t('errors:batch.notAccepted'))
        const kind = verdict(error)
        if (kind === 'rate-limit') {
          const wait = config().rateLimitWaitsMs[waits++]
          if (wait === undefined) return { line: notSent(ip, haltedError(error)), halt: error }
          if (run.cancelled) return { line: notSent(ip, cancelledError()) }
          onWait(wait)
          await pause(wait, run)
          onWait(undefined)
          continue
        }
        if (kind === 'unreached') return { line: notSent(ip, haltedError(error)), halt: error }
        if (kind === 'unknown') return { line: unknownOutcome(ip, error) }
        return { line: rejected(ip, error), halt: kind === 'stop' ? error : undefined }
      }
    }
  }

  async function run(ips: string[], add: SendAdd, batchId?: string): Promise<BatchLineResult[]> {
    if (batchId !== undefined && running.has(batchId)) {
      throw new AppErrorException(appError('conflict', t('errors:batch.alreadySending'), { retryable: false }))
    }
    let fire = () => {}
    const stop = new Promise<void>((resolve) => {
      fire = resolve
    })
    const state: Running = { cancelled: false, stop, fire }
    if (batchId !== undefined) running.set(batchId, state)

    const results: (BatchLineResult | null)[] = []
    const queue: { index: number; ip: string }[] = []
    const seen = new Set<string>()
    for (const raw of ips) {
      const ip = raw.trim()
      if (!isValidIp(ip)) {
        results.push(rejected(ip, appError('validation', t('errors:batch.notAnIp'), { retryable: false })))
      } else if (seen.has(ip)) {
        results.push(rejected(ip, appError('validation', t('errors:batch.duplicate'), { retryable: false })))
      } else {
        seen.add(ip)
        queue.push({ index: results.length, ip })
        results.push(null)
      }
    }

    const total = queue.length
    let sent = 0
    const report = (waitingMs?: number) => {
      if (batchId === undefined || !deps.progress) return
      deps.progress(waitingMs === undefined ? { batchId, sent, total } : { batchId, sent, total, waitingMs })
    }
    try {
      report()
      let halt: AppError | null = null
      for (const { index, ip } of queue) {
        if (halt || state.cancelled) {
          results[index] = notSent(ip, halt ? haltedError(halt) : cancelledError())
          continue
        }
        const end = await sendOne(add, ip, state, report)
        results[index] = end.line
        if (end.halt) halt = end.halt
        if (end.line.ok || end.line.outcome !== 'not-sent') {
          sent++
          report()
        }
      }
      return results as BatchLineResult[]
    } finally {
      if (batchId !== undefined) running.delete(batchId)
    }
  }

  return {
    run,
    /** Stops the batch after the line in flight (a wait in progress ends at once). Unknown ids are ignored. */
    cancel(batchId: string): void {
      const state = running.get(batchId)
      if (!state) return
      state.cancelled = true
      state.fire()
    },
  }
}
export type BatchRunner = ReturnType<typeof createBatchRunner>
