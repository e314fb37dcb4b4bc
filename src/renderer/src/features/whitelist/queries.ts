import { notifications } from '@mantine/notifications'
import { call, toAppError } from '@renderer/lib/api'
import { todayIso } from '@renderer/lib/format'
import { channelQuery, keyFor } from '@renderer/lib/queries'
import type { AddWhitelistIpsInput, CancelBatchInput } from '@shared/domain/public-ip'
import type {
  AddWhitelistIpInput,
  DeleteWhitelistIpInput,
  Whitelist,
  WhitelistEntry,
  WhitelistProduct,
} from '@shared/domain/whitelist'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { withEntries, withoutIp, withRestored } from './ip'

const whitelistKey = (product: WhitelistProduct) => keyFor('whitelist.list', { product })
const mutationKey = ['whitelist']

export const useWhitelist = (product: WhitelistProduct) => useQuery(channelQuery('whitelist.list', { product }))

const added = (ip: string, enabled = true): WhitelistEntry => ({ ip, enabled, createdOn: todayIso() })

/** Refetches the lists once the last change has settled, so an early answer cannot undo a later edit on screen. */
function useReconcile() {
  const client = useQueryClient()
  return () => {
    if (client.isMutating({ mutationKey }) <= 1) void client.invalidateQueries({ queryKey: keyFor('whitelist.list') })
  }
}

export function useAddIp() {
  const client = useQueryClient()
  const reconcile = useReconcile()
  return useMutation({
    mutationKey,
    mutationFn: (input: AddWhitelistIpInput) => call('whitelist.add', input),
    onSuccess: (_, { product, ip, enabled }) => {
      client.setQueryData<Whitelist>(whitelistKey(product), (list) => list && withEntries(list, [added(ip, enabled)]))
      notifications.show({ color: 'teal', message: `${ip} added to the whitelist` })
    },
    onSettled: () => reconcile(),
  })
}

export function useDeleteIp() {
  const client = useQueryClient()
  const reconcile = useReconcile()
  return useMutation({
    mutationKey,
    mutationFn: (input: DeleteWhitelistIpInput) => call('whitelist.delete', input),
    onMutate: async ({ product, ip }) => {
      const key = whitelistKey(product)
      await client.cancelQueries({ queryKey: key })
      const list = client.getQueryData<Whitelist>(key)
      const index = list?.entries.findIndex((entry) => entry.ip === ip) ?? -1
      if (!list || index < 0) return undefined
      client.setQueryData(key, withoutIp(list, ip))
      return { entry: list.entries[index], index }
    },
    onError: (error, { product, ip }, removed) => {
      if (removed) {
        client.setQueryData<Whitelist>(
          whitelistKey(product),
          (list) => list && withRestored(list, removed.entry, removed.index),
        )
      }
      notifications.show({ color: 'red', title: `Could not remove ${ip}`, message: toAppError(error).message })
    },
    onSuccess: (_, { ip }) => notifications.show({ color: 'teal', message: `${ip} removed from the whitelist` }),
    onSettled: () => reconcile(),
  })
}

export function useAddIps() {
  const client = useQueryClient()
  const reconcile = useReconcile()
  return useMutation({
    mutationKey,
    mutationFn: (input: AddWhitelistIpsInput) => call('whitelist.addMany', input),
    onSuccess: (results, { product }) => {
      const entries = results.filter((line) => line.ok).map((line) => added(line.ip))
      client.setQueryData<Whitelist>(whitelistKey(product), (list) => list && withEntries(list, entries))
    },
    onSettled: () => reconcile(),
  })
}

/** Stops a running batch after the address in flight; the batch's own reply then reports what was not sent. */
export const useCancelBatch = () =>
  useMutation({ mutationFn: (input: CancelBatchInput) => call('whitelist.cancelBatch', input) })

/** A lookup the user asks for with a button; it is not cached because the answer changes with the network. */
export const usePublicIpLookup = () => useMutation({ mutationFn: () => call('whitelist.publicIp') })
