import { notifications } from '@mantine/notifications'
import { call, toAppError } from '@renderer/lib/api'
import { todayIso } from '@renderer/lib/format'
import { channelQuery, keyFor } from '@renderer/lib/queries'
import type {
  CreateProxyUserInput,
  DeleteProxyUserInput,
  ProxyUser,
  ProxyUserList,
  ProxyUserProduct,
  UpdateProxyUserInput,
} from '@shared/domain/proxy-users'
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { DateRange } from '../account/range'
import { withUserAdded, withUserRemoved, withUserReplaced, withUserRestored } from './cache'

const listKey = (product: ProxyUserProduct) => keyFor('proxyUsers.list', { product })

export const useProxyUsers = (product: ProxyUserProduct) => useQuery(channelQuery('proxyUsers.list', { product }))

export const useProxyUserUsage = (product: ProxyUserProduct, username: string, range: DateRange) =>
  // Keep the previous range's figures on screen while the next one loads.
  useQuery({
    ...channelQuery('proxyUsers.usage', { product, username, ...range }),
    placeholderData: (previous) => previous,
  })

// Writes change the user's proxy logins: a failed one is reported, never repeated behind their back.
const write = { mutationKey: ['proxyUsers.write'], retry: false } as const

/**
 * Refetches the list once the last pending change has settled. An earlier refetch could bring back a row that a
 * still-pending delete has already taken off the screen.
 */
function reconcile(client: QueryClient, product: ProxyUserProduct): void {
  if (client.isMutating({ mutationKey: write.mutationKey }) <= 1) {
    void client.invalidateQueries({ queryKey: listKey(product) })
  }
}

function patchList(client: QueryClient, product: ProxyUserProduct, patch: (list: ProxyUserList) => ProxyUserList) {
  client.setQueryData<ProxyUserList>(listKey(product), (list) => (list ? patch(list) : list))
}

const failed = (action: string, username: string, error: unknown) =>
  notifications.show({ color: 'red', message: `Could not ${action} ${username}: ${toAppError(error).message}` })

/** The new row appears once Thordata has accepted it; the form shows any rejection. */
export function useCreateProxyUser() {
  const client = useQueryClient()
  return useMutation({
    ...write,
    mutationFn: (input: CreateProxyUserInput) => call('proxyUsers.create', input),
    onSuccess: (_, { product, ...values }) => {
      patchList(client, product, (list) => withUserAdded(list, { ...values, usedBytes: 0, createdOn: todayIso() }))
      notifications.show({ color: 'teal', message: `Added ${values.username}` })
    },
    onSettled: (_data, _error, { product }) => reconcile(client, product),
  })
}

export function useUpdateProxyUser() {
  const client = useQueryClient()
  return useMutation({
    ...write,
    mutationFn: (input: UpdateProxyUserInput) => call('proxyUsers.update', input),
    onMutate: async ({ product, username, next }) => {
      await client.cancelQueries({ queryKey: listKey(product) })
      const previous = client.getQueryData<ProxyUserList>(listKey(product))?.users.find((u) => u.username === username)
      if (previous) patchList(client, product, (list) => withUserReplaced(list, username, { ...previous, ...next }))
      return { previous }
    },
    onError: (error, { product, username, next }, context) => {
      const previous = context?.previous
      if (previous) patchList(client, product, (list) => withUserReplaced(list, next.username, previous))
      failed('save', username, error)
    },
    onSuccess: (_, { next }) => notifications.show({ color: 'teal', message: `Saved ${next.username}` }),
    onSettled: (_data, _error, { product }) => reconcile(client, product),
  })
}

export function useDeleteProxyUser() {
  const client = useQueryClient()
  return useMutation({
    ...write,
    mutationFn: (input: DeleteProxyUserInput) => call('proxyUsers.delete', input),
    onMutate: async ({ product, username }) => {
      await client.cancelQueries({ queryKey: listKey(product) })
      const users = client.getQueryData<ProxyUserList>(listKey(product))?.users ?? []
      const index = users.findIndex((u) => u.username === username)
      const removed: { user: ProxyUser; index: number } | null = index >= 0 ? { user: users[index], index } : null
      patchList(client, product, (list) => withUserRemoved(list, username))
      return { removed }
    },
    onError: (error, { product, username }, context) => {
      const removed = context?.removed
      if (removed) patchList(client, product, (list) => withUserRestored(list, removed.user, removed.index))
      failed('delete', username, error)
    },
    onSuccess: (_, { username }) => notifications.show({ color: 'teal', message: `Deleted ${username}` }),
    onSettled: (_data, _error, { product }) => reconcile(client, product),
  })
}
