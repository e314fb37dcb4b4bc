import type { Channel, InputOf, OutputOf } from '@shared/ipc/contract'
import { QueryClient, type QueryKey, queryOptions } from '@tanstack/react-query'
import { type CallArgs, call } from './api'

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
  return new QueryClient({
    defaultOptions: {
      // Main already retries reads with backoff (and honours rate limits); writes never retry.
      queries: { retry: false, staleTime: 60_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}
