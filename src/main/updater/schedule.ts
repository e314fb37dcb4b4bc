import type { UpdaterPort } from '../core/ports'
import type { Logger } from '../log/logger'

/** After the first check, every four hours: often enough to hear of a fix the same day, rare enough to be free. */
export const UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000
/** After the window has painted, so a check never competes with the first screen. */
export const FIRST_UPDATE_CHECK_MS = 10_000

export interface UpdateScheduleDeps {
  updater: UpdaterPort
  log?: Logger
  firstDelayMs?: number
  intervalMs?: number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

/** States in which a check would interrupt something or find nothing new. */
const busy = new Set(['checking', 'downloading', 'ready', 'unsupported'])

/**
 * Checks for updates once after `firstDelayMs`, then every `intervalMs`. A check that would interrupt a download
 * or a ready update is skipped (that state is already news). Returns a stop function. Nothing runs where the
 * updater is unsupported.
 */
export function scheduleUpdateChecks({
  updater,
  log,
  firstDelayMs = FIRST_UPDATE_CHECK_MS,
  intervalMs = UPDATE_CHECK_INTERVAL_MS,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: UpdateScheduleDeps): () => void {
  if (updater.status().state === 'unsupported') return () => {}
  let timer: unknown = null
  let stopped = false
  const tick = () => {
    if (stopped) return
    if (!busy.has(updater.status().state)) {
      void updater.check().then((status) => log?.info(`Update check: ${status.state}`))
    }
    timer = setTimer(tick, intervalMs)
  }
  timer = setTimer(tick, firstDelayMs)
  return () => {
    stopped = true
    if (timer !== null) clearTimer(timer)
  }
}
