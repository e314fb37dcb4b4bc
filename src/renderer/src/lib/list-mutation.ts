import { type Channel, contract, type InputOf, type OutputOf } from '@shared/ipc/contract'
import { type QueryClient, type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query'
import { type CallArgs, call } from './api'
import { invalidateAfter } from './invalidation'
import { applyPatch, type ListPatch, type ListUndo, revertPatch } from './list-patch'
import { notifyFailure, notifySuccess } from './notify'

export interface ListMutationOptions<C extends Channel, TItem, TList> {
  /** The write. Its contract entry says what it makes stale; that is applied once the last write settles. */
  channel: C
  /** The cached list query the write shows up in. */
  listKey: (input: InputOf<C>) => QueryKey
  /** The rows inside the cached value; by default the value is the array itself. */
  items?: (list: TList) => readonly TItem[]
  /** The cached value with new rows; `delta` is the change in row count (to keep a quota beside them right). */
  withItems?: (list: TList, items: TItem[], delta: number) => TList
  keyOf: (item: TItem) => string
  /** How the write changes the list. */
  patch: (input: InputOf<C>) => ListPatch<TItem>
  /**
   * 'optimistic' (default) shows the change at once and takes it back on failure; 'confirmed' shows it once
   * Thordata accepted it (an add whose failure the form explains).
   */
  when?: 'optimistic' | 'confirmed'
  /** The failure toast's title: "Could not delete shop01". */
  failureTitle: (input: InputOf<C>) => string
  successMessage?: (input: InputOf<C>, output: OutputOf<C>) => string
  /** No failure toast: the form or dialog that made the write shows the error itself. */
  silent?: boolean
}

/** Writes of one group ("proxyUsers.create", ".delete"…) share a key, so the refetch waits for all of them. */
const groupKey = (channel: Channel) => ['listWrite', channel.split('.')[0]]

/** What the writes of a group still to be reconciled made stale, per query client. */
const settled = new WeakMap<QueryClient, Map<string, Map<string, { channel: Channel; input: unknown }>>>()

function remember(client: QueryClient, group: string, channel: Channel, input: unknown): void {
  const groups = settled.get(client) ?? new Map()
  settled.set(client, groups)
  const writes = groups.get(group) ?? new Map()
  groups.set(group, writes)
  const product = typeof input === 'object' && input !== null ? (input as { product?: unknown }).product : undefined
  // Two writes that make the same things stale for the same product need one refetch, not two.
  const stale: readonly string[] = contract[channel].invalidates
  writes.set(`${stale.join(',')}|${String(product)}`, { channel, input })
}

function takeAll(client: QueryClient, group: string) {
  const writes = settled.get(client)?.get(group)
  settled.get(client)?.delete(group)
  return writes ? [...writes.values()] : []
}

/**
 * A write to a listed thing: the list changes at once (`patch`), goes back with one toast if the write fails,
 * and is refetched once the LAST pending write of its group has settled, not after each: an earlier refetch
 * could bring back a row a still-pending delete has taken off the screen.
 */
export function useListMutation<C extends Channel, TItem, TList = TItem[]>(
  options: ListMutationOptions<C, TItem, TList>,
) {
  const client = useQueryClient()
  const { channel, listKey, keyOf } = options
  const items = options.items ?? ((list: TList) => list as unknown as readonly TItem[])
  const withItems = options.withItems ?? ((_list: TList, next: TItem[]) => next as unknown as TList)
  const mutationKey = groupKey(channel)

  const edit = (input: InputOf<C>, change: (rows: readonly TItem[]) => { items: TItem[]; delta: number }) =>
    client.setQueryData<TList>(listKey(input), (list) => {
      if (list === undefined) return list
      const next = change(items(list))
      return withItems(list, next.items, next.delta)
    })

  const show = (input: InputOf<C>): ListUndo<TItem> => {
    let undo: ListUndo<TItem> = { type: 'none' }
    edit(input, (rows) => {
      const result = applyPatch(rows, options.patch(input), keyOf)
      undo = result.undo
      return result
    })
    return undo
  }

  return useMutation<OutputOf<C>, Error, InputOf<C>, { undo: ListUndo<TItem> }>({
    mutationKey,
    retry: false,
    mutationFn: (input) => call(channel, ...([input] as CallArgs<C>)),
    onMutate: async (input) => {
      if (options.when === 'confirmed') return { undo: { type: 'none' } }
      await client.cancelQueries({ queryKey: listKey(input) })
      return { undo: show(input) }
    },
    onError: (error, input, context) => {
      const undo = context?.undo
      if (undo && undo.type !== 'none') edit(input, (rows) => revertPatch(rows, undo, keyOf))
      if (!options.silent) notifyFailure(options.failureTitle(input), error)
    },
    onSuccess: (output, input) => {
      if (options.when === 'confirmed') show(input)
      const message = options.successMessage?.(input, output)
      if (message) notifySuccess(message)
    },
    onSettled: (_output, _error, input) => {
      const group = mutationKey[1]
      remember(client, group, channel, input)
      // This write still counts as pending while its own onSettled runs.
      if (client.isMutating({ mutationKey }) > 1) return
      for (const write of takeAll(client, group)) {
        void invalidateAfter(client, write.channel, write.input as InputOf<typeof write.channel>)
      }
    },
  })
}
