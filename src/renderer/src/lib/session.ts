import type { CachedFigures, FigureName } from '@shared/domain/figures'
import type { SessionInfo } from '@shared/domain/session'
import type { InputOf } from '@shared/ipc/contract'
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from './api'
import { channelQuery, isAccountData, keyFor } from './queries'

export const sessionKey = keyFor('session.get')

const figureChannel = { trafficBalance: 'account.trafficBalance', walletBalance: 'account.walletBalance' } as const

/**
 * Puts the figures main kept from the last run into the cache with the time they were fetched, so the first paint
 * shows them (with their age) while TanStack Query refetches them in the background. A figure
 * already in the cache that is as new or newer is kept.
 */
export function seedFigures(client: QueryClient, cached: CachedFigures | undefined): void {
  if (!cached) return
  for (const name of Object.keys(figureChannel) as FigureName[]) {
    const figure = cached[name]
    if (!figure) continue
    const key = keyFor(figureChannel[name])
    const fetchedAt = Date.parse(figure.fetchedAt)
    if (!Number.isFinite(fetchedAt) || (client.getQueryState(key)?.dataUpdatedAt ?? 0) >= fetchedAt) continue
    client.setQueryData(key, figure.value, { updatedAt: fetchedAt })
    // Stale however recent: a figure from an earlier run is refetched as soon as a view shows it.
    void client.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' })
  }
}

/** Stores a new session; when the account changed, drops everything cached for the previous one. */
export function applySession(client: QueryClient, next: SessionInfo): void {
  const previous = client.getQueryData<SessionInfo>(sessionKey)
  client.setQueryData(sessionKey, next)
  const sameAccount = previous?.mode === next.mode && previous?.accountName === next.accountName
  if (previous && !sameAccount) client.removeQueries({ predicate: (query) => isAccountData(query.queryKey) })
  seedFigures(client, next.cached)
}

/**
 * session.get for `client`: its answer carries the last figures, which it seeds. Shared with the start-up prefetch,
 * which passes the answer it asked for before the app was ready.
 */
export function sessionQuery(client: QueryClient, answer?: () => Promise<SessionInfo>) {
  // session.changed keeps it current, so it never goes stale by time.
  return queryOptions({
    ...channelQuery('session.get'),
    queryFn: async () => {
      const session = await (answer ? answer() : call('session.get'))
      seedFigures(client, session.cached)
      return session
    },
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function useSession() {
  return useQuery(sessionQuery(useQueryClient()))
}

export function useConnect() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'session.connect'>) => call('session.connect', input),
    meta: { triesCredentials: true },
    onSuccess: (session) => applySession(client, session),
  })
}

export function useStartDemo() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('session.startDemo'),
    onSuccess: (session) => applySession(client, session),
  })
}

export function useSignOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('session.signOut'),
    onSuccess: (session) => applySession(client, session),
  })
}
