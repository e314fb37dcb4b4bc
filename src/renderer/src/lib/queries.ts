import type { Channel, InputOf, OutputOf } from '@shared/ipc/contract'
import {
  MutationCache,
  QueryCache,
  QueryClient,
  type QueryKey,
  queryOptions,
  useQueryClient,
} from '@tanstack/react-query'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { type CallArgs, call } from './api'
import { noteRejectedCredentials } from './rejected-credentials'

/** One query key per channel; channels with an input add it as the second part. */
export function keyFor<C extends Channel>(channel: C, input?: InputOf<C>): QueryKey {
  return input === undefined ? [channel] : [channel, input]
}

/** Query options for reading one channel, so hooks and prefetches share key and fetcher. */
export function channelQuery<C extends Channel>(channel: C, input?: InputOf<C>) {
  return queryOptions<OutputOf<C>>({
    queryKey: keyFor(channel, input),
    queryFn: () => call(channel, ...([input] as CallArgs<C>)),
  })
}

const appScopedPrefixes = ['session.', 'settings.', 'app.', 'updater.']

/** True for data that belongs to the signed-in account (dropped when the account changes). */
export function isAccountData(key: QueryKey): boolean {
  const channel = String(key[0])
  return !appScopedPrefixes.some((prefix) => channel.startsWith(prefix))
}

export function createQueryClient(): QueryClient {
  // Any call refused for its credentials raises the window's one "Replace credentials" banner.
  const onError = (error: unknown) => noteRejectedCredentials(client, error)
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    // Not for a connect attempt: new credentials refused are the form's error, not the session's.
    mutationCache: new MutationCache({
      onError: (error, _input, _context, mutation) => {
        if (!mutation.meta?.triesCredentials) onError(error)
      },
    }),
    defaultOptions: {
      // Main already retries reads with backoff (and honours rate limits); writes never retry.
      queries: { retry: false, staleTime: 60_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
  return client
}

export interface FigureAge {
  /** When the shown value was fetched (by the window, by main for the tray, or in an earlier run); null: none yet. */
  updatedAt: Date | null
  /** How old it is now, in ms; null when there is no value. */
  ageMs: number | null
}

/** The age of a value fetched at `updatedAt` (ms since the epoch, 0 for none) at `now`. */
export function figureAge(updatedAt: number, now: number): FigureAge {
  if (!updatedAt) return { updatedAt: null, ageMs: null }
  return { updatedAt: new Date(updatedAt), ageMs: Math.max(0, now - updatedAt) }
}

/**
 * How old the value cached under `queryKey` is, for "Updated 14:05" or "from 3 h ago, offline"; follows the cache
 * and re-renders every `tickMs` so the age stays true. Values seeded from the last run carry their original time.
 */
export function useFigureAge(queryKey: QueryKey, tickMs = 30_000): FigureAge {
  const client = useQueryClient()
  const hash = JSON.stringify(queryKey)
  // By value: a key written inline is a new array at each render.
  const read = useCallback(() => client.getQueryState(JSON.parse(hash) as QueryKey)?.dataUpdatedAt ?? 0, [client, hash])
  const subscribe = useCallback((listener: () => void) => client.getQueryCache().subscribe(listener), [client])
  const updatedAt = useSyncExternalStore(subscribe, read, read)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs)
    return () => clearInterval(timer)
  }, [tickMs])
  // A value newer than the last tick is 0 ms old (figureAge clamps), not negative.
  return figureAge(updatedAt, now)
}
