import type { TrafficBalance } from '@shared/domain/account'
import { type AppError, toAppError } from '@shared/errors'
import { t } from '../i18n'

export interface PollerState {
  /** The last balance that loaded, kept when a later refresh fails. */
  balance: { value: TrafficBalance; fetchedAt: string } | null
  /** Why the latest attempt failed; null after a success. */
  error: AppError | null
  fetching: boolean
  /** Failed attempts in a row; each one doubles the wait before the next. */
  failures: number
  nextAttemptAt: string | null
}

export interface PollerTimers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface BalancePollerOptions {
  fetchBalance: () => Promise<TrafficBalance>
  /** A function is asked before each wait, so a changed setting applies from the next poll on. */
  intervalMs?: number | (() => number)
  maxBackoffMs?: number
  timers?: PollerTimers
  now?: () => Date
  onChange?: (state: PollerState) => void
}

export interface BalancePoller {
  start(): void
  /** Stops polling and forgets the balance (it may belong to an account that just signed out). */
  stop(): void
  /** Loads now; resolves when that attempt is done. Joins an attempt already under way. */
  refresh(): Promise<void>
  /** The attempt under way, if any: a reader elsewhere waits for it instead of asking again. */
  pending(): Promise<void> | null
  /** A balance loaded elsewhere: kept, and the next poll is a full interval from now (one request per interval). */
  accept(value: TrafficBalance): void
  /** No polls while paused (the machine sleeps, or is offline); an attempt under way still lands. Paused before
   * start(), it starts with no request. */
  pause(): void
  /** Ends a pause with a poll now: the balance may have moved while the machine slept. */
  resume(): void
  state(): PollerState
}

export const DEFAULT_INTERVAL_MS = 5 * 60_000
export const MAX_BACKOFF_MS = 30 * 60_000
/** A rate limit (10011) counts as this many failures: Thordata asked for fewer requests, so wait longer. */
export const RATE_LIMIT_WEIGHT = 2

const systemTimers: PollerTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

const initialState = (): PollerState => ({
  balance: null,
  error: null,
  fetching: false,
  failures: 0,
  nextAttemptAt: null,
})

export function createBalancePoller(options: BalancePollerOptions): BalancePoller {
  const {
    fetchBalance,
    intervalMs: interval = DEFAULT_INTERVAL_MS,
    maxBackoffMs = MAX_BACKOFF_MS,
    timers = systemTimers,
    now = () => new Date(),
    onChange = () => {},
  } = options

  let state = initialState()
  let running = false
  let paused = false
  let timer: unknown = null
  // Bumped by stop(): answers to requests from before it are dropped.
  let generation = 0
  let current: { generation: number; done: Promise<void> } | null = null
  // Settles when the latest request settles, even one from before stop(), so requests never overlap.
  let lastRequest: Promise<unknown> = Promise.resolve()

  const update = (patch: Partial<PollerState>) => {
    state = { ...state, ...patch }
    onChange(state)
  }

  const clearTimer = () => {
    if (timer !== null) timers.clearTimeout(timer)
    timer = null
  }

  const nextDelay = () => {
    const intervalMs = typeof interval === 'function' ? interval() : interval
    return state.failures === 0
      ? intervalMs
      : Math.max(intervalMs, Math.min(intervalMs * 2 ** state.failures, maxBackoffMs))
  }

  const schedule = (): string | null => {
    clearTimer()
    if (!running || paused) return null
    const delay = nextDelay()
    timer = timers.setTimeout(() => {
      timer = null
      void poll()
    }, delay)
    return new Date(now().getTime() + delay).toISOString()
  }

  const attempt = async (mine: number) => {
    if (mine !== generation) return
    const request = Promise.resolve().then(fetchBalance)
    lastRequest = request.catch(() => undefined)
    let patch: Partial<PollerState>
    try {
      const value = await request
      patch = { balance: { value, fetchedAt: now().toISOString() }, error: null, failures: 0 }
    } catch (error) {
      const appError = toAppError(error, t('errors:generic.balance'))
      patch = {
        error: appError,
        failures: state.failures + (appError.kind === 'rate-limit' ? RATE_LIMIT_WEIGHT : 1),
      }
    }
    if (mine !== generation) return
    current = null
    state = { ...state, ...patch, fetching: false }
    update({ nextAttemptAt: schedule() })
  }

  const poll = (): Promise<void> => {
    if (current && current.generation === generation) return current.done
    clearTimer()
    const mine = generation
    const done = lastRequest.then(() => attempt(mine))
    current = { generation: mine, done }
    update({ fetching: true, nextAttemptAt: null })
    return done
  }

  return {
    start() {
      if (running) return
      running = true
      if (!paused) void poll()
    },
    stop() {
      running = false
      paused = false
      generation += 1
      current = null
      clearTimer()
      state = initialState()
      onChange(state)
    },
    refresh: () => poll(),
    pending: () => (current && current.generation === generation ? current.done : null),
    accept(value) {
      if (!running) return
      state = { ...state, balance: { value, fetchedAt: now().toISOString() }, error: null, failures: 0 }
      // An attempt under way reschedules when it lands.
      update(current ? {} : { nextAttemptAt: schedule() })
    },
    pause() {
      if (paused) return
      paused = true
      clearTimer()
      if (state.nextAttemptAt) update({ nextAttemptAt: null })
    },
    resume() {
      if (!paused) return
      paused = false
      if (running) void poll()
    },
    state: () => state,
  }
}
