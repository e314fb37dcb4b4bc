import type { SessionInfo } from '@shared/domain/session'
import { type Channel, contract, type InputOf, type OutputOf, type Stale } from '@shared/ipc/contract'
import {
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query'
import { type CallArgs, call } from './api'
import { keyFor } from './queries'
import { applySession } from './session'

/** The channel-name prefix of each group a write can make stale (see `Stale` in src/shared/ipc/contract.ts). */
const prefixOf: Record<Exclude<Stale, 'session'>, string> = {
  account: 'account.',
  locations: 'locations.',
  proxyUsers: 'proxyUsers.',
  whitelist: 'whitelist.',
  extract: 'extract.',
  staticProxies: 'staticProxies.',
  unlimited: 'unlimited.',
  cdk: 'cdk.',
  settings: 'settings.',
  updater: 'updater.',
}

const productOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'product' in value
    ? (value as { product: unknown }).product
    : undefined

/**
 * Applies what `channel` declares it makes stale, after a successful call: the one place that does.
 * - `answers`: the call's output is that read's new value, so it is stored and not fetched again (pass `output`);
 * - `session`: the output is the new session, stored through applySession (drops a previous account's data);
 * - any other group: its queries are invalidated. When the call's input names a product, only that product's
 *   queries (and those without a product) are, so writing residential users leaves unlimited ones alone.
 * Returns the invalidation promise (await it to refetch before going on).
 */
export function invalidateAfter<C extends Channel>(
  client: QueryClient,
  channel: C,
  input?: InputOf<C>,
  output?: OutputOf<C>,
): Promise<void> {
  const def: { invalidates: readonly Stale[]; answers?: Channel } = contract[channel]
  const answered = def.answers && output !== undefined ? keyFor(def.answers) : null
  if (answered) client.setQueryData(answered, output)
  if (def.invalidates.includes('session') && output !== undefined) applySession(client, output as SessionInfo)
  const prefixes = def.invalidates.filter((stale) => stale !== 'session').map((stale) => prefixOf[stale])
  if (prefixes.length === 0) return Promise.resolve()
  const product = productOf(input)
  const matches = (key: QueryKey) => {
    const name = String(key[0])
    if (!prefixes.some((prefix) => name.startsWith(prefix))) return false
    if (answered && name === answered[0] && key.length === 1) return false
    const keyProduct = productOf(key[1])
    return product === undefined || keyProduct === undefined || keyProduct === product
  }
  return client.invalidateQueries({ predicate: (query) => matches(query.queryKey) })
}

/** useMutation for one channel, with the contract's invalidation applied on success (before `onSuccess`). */
export function useChannelMutation<C extends Channel>(
  channel: C,
  options: Omit<UseMutationOptions<OutputOf<C>, Error, InputOf<C>>, 'mutationFn'> = {},
) {
  const client = useQueryClient()
  return useMutation<OutputOf<C>, Error, InputOf<C>>({
    ...options,
    mutationFn: (input) => call(channel, ...([input] as CallArgs<C>)),
    onSuccess: (output, input, ...rest) => {
      void invalidateAfter(client, channel, input, output)
      return options.onSuccess?.(output, input, ...rest)
    },
  })
}
