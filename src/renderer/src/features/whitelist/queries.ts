import { todayIso } from '@renderer/lib/format'
import { i18n } from '@renderer/lib/i18n'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { useListMutation } from '@renderer/lib/list-mutation'
import { channelQuery, keyFor } from '@renderer/lib/queries'
import type { Whitelist, WhitelistEntry, WhitelistProduct } from '@shared/domain/whitelist'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ipKey, withCount, withEntries } from './ip'

const whitelistKey = (product: WhitelistProduct) => keyFor('whitelist.list', { product })

export const useWhitelist = (product: WhitelistProduct) => useQuery(channelQuery('whitelist.list', { product }))

const added = (ip: string, enabled = true): WhitelistEntry => ({ ip, enabled, createdOn: todayIso() })

/** How a list write reaches the cached whitelist: its entries, and the quota beside them moved by `delta`. */
const listShape = {
  listKey: ({ product }: { product: WhitelistProduct }) => whitelistKey(product),
  items: (list: Whitelist) => list.entries,
  withItems: withCount,
  keyOf: (entry: WhitelistEntry) => ipKey(entry.ip),
}

/**
 * One address, shown at once and taken back if Thordata refuses it. Silent: the form that sent it explains a
 * refusal next to the field.
 */
export const useAddIp = () =>
  useListMutation({
    channel: 'whitelist.add',
    ...listShape,
    patch: ({ ip, enabled }) => ({ type: 'add', item: added(ip.trim(), enabled) }),
    failureTitle: ({ ip }) => i18n.t('whitelist:add.failed', { ip }),
    successMessage: ({ ip }) => i18n.t('whitelist:add.added', { ip }),
    silent: true,
  })

/** Removes the row at once; a failure puts it back and is shown in the confirmation, which stays open. */
export const useDeleteIp = () =>
  useListMutation({
    channel: 'whitelist.delete',
    ...listShape,
    patch: ({ ip }) => ({ type: 'remove', key: ipKey(ip) }),
    failureTitle: ({ ip }) => i18n.t('whitelist:remove.failed', { ip }),
    successMessage: ({ ip }) => i18n.t('whitelist:remove.done', { ip }),
    silent: true,
  })

/** A batch: nothing is shown before main answers line by line; then the added ones appear until the refetch. */
export function useAddIps() {
  const client = useQueryClient()
  return useChannelMutation('whitelist.addMany', {
    onSuccess: (results, { product }) => {
      const entries = results.filter((line) => line.ok).map((line) => added(line.ip))
      client.setQueryData<Whitelist>(whitelistKey(product), (list) => list && withEntries(list, entries))
    },
  })
}

/** Stops a running batch after the address in flight; the batch's own reply then reports what was not sent. */
export const useCancelBatch = () => useChannelMutation('whitelist.cancelBatch')

/** A lookup the user asks for with a button; it is not cached because the answer changes with the network. */
export const usePublicIpLookup = () => useChannelMutation('whitelist.publicIp')
