import type { SessionInfo } from '@shared/domain/session'
import type { QueryClient } from '@tanstack/react-query'
import { settle } from './api'
import { takeEarlyAnswers } from './early-start'
import { holdUntilPainted } from './first-paint'
import { channelQuery } from './queries'
import { sessionQuery } from './session'

/**
 * Puts what the first signed-in paint shows in the cache as soon as it arrives: the session (with the figures main
 * kept from the last run) and the opening tab's balance, both asked for by lib/early-start.ts while the app was
 * still loading. Without it they would wait for the shell, then the tab, to load and mount. The hooks then find
 * them in the cache (or in flight) under the same keys; anything not asked for early is asked for here.
 * Resolves with the session (null when it could not be read: the gate shows why).
 */
export function prefetchFirstPaint(client: QueryClient): Promise<SessionInfo | null> {
  const early = takeEarlyAnswers()
  const session = early.session
  const balance = early.balance
  const sessionArrived = client.fetchQuery(sessionQuery(client, session ? () => settle(session) : undefined))
  const arrived = sessionArrived.then(
    async (info) => {
      if (info.mode === 'none') return
      const answer = await balance
      const traffic = channelQuery('account.trafficBalance')
      // The bridge missing at start, or a kept figure still fresh: the usual query (it fetches only when stale).
      await client.prefetchQuery(answer ? { ...traffic, queryFn: () => settle(Promise.resolve(answer)) } : traffic)
    },
    // The gate shows session.get's error (and retries it); a failed prefetch has nothing to add.
    () => undefined,
  )
  // The chart code waits for the balance to be painted rather than compete with it.
  holdUntilPainted(arrived)
  return sessionArrived.catch(() => null)
}
