import type { UnlimitedServer } from './types'

/**
 * A restart keeps the server at "Restarting" for this long on the injected clock, then it reads "Turn on" again
 * by itself. Tests with a fixed clock move the clock (or read the state) to see it come back.
 */
export const RESTART_MS = 10_000

export type ServerStatus = 'Turn on' | 'Restarting' | 'Expired'

/** Status is derived from the clock on every read, so nothing has to tick in the background. */
export function serverStatus(server: UnlimitedServer, now: number): ServerStatus {
  if (server.expiresAt <= now) return 'Expired'
  if (server.restartingUntil !== null && now < server.restartingUntil) return 'Restarting'
  return 'Turn on'
}

/** The short id the dashboard and the extract link's `servers` use: the plan name's first label. */
export const serverShortId = (server: UnlimitedServer): string => server.planName.split('.')[0]
