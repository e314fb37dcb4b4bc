import type { UnlimitedServer } from '@shared/domain/unlimited'

/** How often the list is re-read while a restart is followed, and how long before the app says what to do. */
export const RESTART_POLL_MS = 3_000
export const RESTART_TIMEOUT_MS = 3 * 60_000

/** A restart Thordata accepted, followed on the server list until the server is back. */
export interface TrackedRestart {
  planName: string
  /** When Thordata accepted it (ms). Lists read before then say nothing about it. */
  startedAt: number
  /** The list has shown the server not running since then (a restart in progress). */
  seenDown: boolean
  /** Whether the last list read since then showed it running; null while none has (reads failing). */
  lastRunning?: boolean | null
}

export type RestartOutcome =
  | { kind: 'back'; planName: string }
  /** `stillRunning`: the list never showed it go down (Thordata may not report restarts); else it stayed down. */
  | { kind: 'timedOut'; planName: string; stillRunning: boolean }

/**
 * One step of following restarts: called with each fresh server list (read at `listedAt`). A server is back once
 * the list shows it running after having shown it down; past the timeout the follow ends with what to do.
 */
export function followRestarts(
  tracked: readonly TrackedRestart[],
  servers: readonly UnlimitedServer[],
  listedAt: number,
  timeoutMs = RESTART_TIMEOUT_MS,
): { tracked: TrackedRestart[]; outcomes: RestartOutcome[] } {
  const next: TrackedRestart[] = []
  const outcomes: RestartOutcome[] = []
  for (const restart of tracked) {
    if (listedAt < restart.startedAt) {
      next.push(restart)
      continue
    }
    const server = servers.find((s) => s.planName === restart.planName)
    const running = server?.running === true
    const seenDown = restart.seenDown || (server !== undefined && !running)
    if (running && seenDown) {
      outcomes.push({ kind: 'back', planName: restart.planName })
    } else if (listedAt - restart.startedAt >= timeoutMs) {
      outcomes.push({ kind: 'timedOut', planName: restart.planName, stillRunning: running })
    } else {
      next.push({ ...restart, seenDown, lastRunning: server === undefined ? (restart.lastRunning ?? null) : running })
    }
  }
  return { tracked: next, outcomes }
}

/**
 * The follows past their timeout at `at`, ended whether or not a list could be read: reads that keep failing must
 * not leave a row "Restarting" forever. What the last list read showed decides which notice it gets.
 */
export function expireRestarts(
  tracked: readonly TrackedRestart[],
  at: number,
  timeoutMs = RESTART_TIMEOUT_MS,
): { tracked: TrackedRestart[]; outcomes: RestartOutcome[] } {
  const next: TrackedRestart[] = []
  const outcomes: RestartOutcome[] = []
  for (const restart of tracked) {
    if (at - restart.startedAt < timeoutMs) next.push(restart)
    else {
      const stillRunning = !restart.seenDown && restart.lastRunning === true
      outcomes.push({ kind: 'timedOut', planName: restart.planName, stillRunning })
    }
  }
  return { tracked: next, outcomes }
}

/** When the first of these follows times out, or null when there are none. */
export function nextTimeout(tracked: readonly TrackedRestart[], timeoutMs = RESTART_TIMEOUT_MS): number | null {
  if (tracked.length === 0) return null
  return Math.min(...tracked.map((r) => r.startedAt + timeoutMs))
}
