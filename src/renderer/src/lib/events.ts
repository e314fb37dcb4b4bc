import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { subscribe } from './api'
import { isAccountData, keyFor } from './queries'
import { applySession } from './session'

/** Wires main's pushes into the query cache. Mounted once, at the app root. */
export function useBridgeEvents(): void {
  const client = useQueryClient()
  useEffect(() => {
    const unsubscribers = [
      subscribe('session.changed', (session) => applySession(client, session)),
      subscribe('updater.status', (status) => client.setQueryData(keyFor('updater.status'), status)),
      // Main fetched it (a tray refresh): store it with its time, so the Account tab shows it without asking again.
      subscribe('account.trafficBalance', ({ value, fetchedAt }) =>
        client.setQueryData(keyFor('account.trafficBalance'), value, { updatedAt: Date.parse(fetchedAt) }),
      ),
      subscribe('account.walletBalance', ({ value, fetchedAt }) =>
        client.setQueryData(keyFor('account.walletBalance'), value, { updatedAt: Date.parse(fetchedAt) }),
      ),
      // The report main reads for the forecast: the Account tab's default range, so the chart gets it too.
      subscribe('account.usage', ({ value, fetchedAt }) =>
        client.setQueryData(keyFor('account.usage', { from: value.from, to: value.to }), value, {
          updatedAt: Date.parse(fetchedAt),
        }),
      ),
      subscribe('data.invalidate', ({ scope }) =>
        client.invalidateQueries(scope === 'all' ? undefined : { predicate: (query) => isAccountData(query.queryKey) }),
      ),
    ]
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe()
    }
  }, [client])
}
