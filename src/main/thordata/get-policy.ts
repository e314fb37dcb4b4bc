import { AppErrorException } from '@shared/errors'
import type { Logger } from '../log/logger'
import type { ThordataConfig } from './config'
import { AttemptFailure } from './envelope'
import { backoffDelay, isRetryableForGet } from './retry'
import { deadlineError } from './transport-errors'

export interface GetPolicyDeps {
  config: () => ThordataConfig
  sleep: (ms: number) => Promise<void>
  random: () => number
  now: () => number
  log: Logger
}

/** One attempt on one base URL, given the time left before the deadline; it fails with an AttemptFailure. */
export type RunAttempt<T> = (base: string, limitMs: number) => Promise<T>

export interface GetPolicy {
  /** Where a call in this section starts: the base URL that last answered, else the first. */
  startIndex(key: string, bases: string[]): number
  /** The base URL at `index` answered: later calls in this section start there. */
  remember(key: string, bases: string[], index: number): void
  /**
   * A host that cannot be reached (or does not answer) is left for the next untried base URL at once, and so is
   * one that does not serve the path (HTTP 404 without a Thordata code); otherwise retryable failures wait with
   * backoff, up to maxGetRetries extra attempts, all within deadlineMs.
   */
  withRetries<T>(label: string, key: string, bases: string[], run: RunAttempt<T>): Promise<T>
}

export function createGetPolicy(deps: GetPolicyDeps): GetPolicy {
  const { now, log } = deps
  /** Per section, the base URL that last answered, so a dead primary does not cost every later call a timeout. */
  const preferredBase = new Map<string, string>()

  function startIndex(key: string, bases: string[]): number {
    const preferred = preferredBase.get(key)
    return preferred === undefined ? 0 : Math.max(bases.indexOf(preferred), 0)
  }

  function remember(key: string, bases: string[], index: number): void {
    if (bases.length < 2) return
    if (index === 0) preferredBase.delete(key)
    else preferredBase.set(key, bases[index])
  }

  async function withRetries<T>(label: string, key: string, bases: string[], run: RunAttempt<T>): Promise<T> {
    const { maxGetRetries, deadlineMs } = deps.config()
    const deadline = now() + deadlineMs
    let retriesLeft = Math.max(0, maxGetRetries)
    let step = 0
    let attempts = 0
    let index = startIndex(key, bases)
    const tried = new Set<number>()
    const notServing = new Set<number>()
    const giveUp = (failure: AttemptFailure, why: string): never => {
      log.warn(`${label} gave up after ${attempts} attempt(s) (${why})`)
      const pastDeadline = now() >= deadline || why === 'deadline'
      if (pastDeadline && (failure.reach === 'lost' || failure.reach === 'unreached')) {
        throw new AppErrorException(deadlineError(deadlineMs, attempts))
      }
      throw new AppErrorException(failure.error)
    }
    for (;;) {
      tried.add(index)
      attempts++
      try {
        const result = await run(bases[index], Math.max(1, deadline - now()))
        remember(key, bases, index)
        return result
      } catch (failure) {
        if (!(failure instanceof AttemptFailure)) throw failure
        if (failure.reach === 'not-served') notServing.add(index)
        const serving = (i: number) => !notServing.has(i)
        if (!bases.some((_, i) => serving(i))) giveUp(failure, 'no host serves this path')
        if (failure.reach !== 'not-served' && !isRetryableForGet(failure.error)) giveUp(failure, failure.reason)
        const networkLevel = failure.reach !== 'answered'
        if (networkLevel) {
          const untried = bases.findIndex((_, i) => !tried.has(i) && serving(i))
          if (untried >= 0 && now() < deadline) {
            log.warn(`${label} on ${bases[index]} failed (${failure.reason}); trying ${bases[untried]}`)
            index = untried
            continue
          }
        }
        if (now() >= deadline) giveUp(failure, 'deadline')
        if (retriesLeft <= 0) giveUp(failure, failure.reason)
        retriesLeft--
        const delay = backoffDelay(step++, failure.error, deps.random)
        // Waiting past the deadline only to fail then helps nobody: fail now.
        if (now() + delay >= deadline) giveUp(failure, 'deadline')
        log.warn(`${label} failed (${failure.reason}); retrying in ${delay} ms`)
        await deps.sleep(delay)
        if (networkLevel) {
          for (let hop = 1; hop <= bases.length; hop++) {
            const next = (index + hop) % bases.length
            if (serving(next)) {
              index = next
              break
            }
          }
        }
      }
    }
  }

  return { startIndex, remember, withRetries }
}
