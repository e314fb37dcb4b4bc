import type { DayRange } from '@renderer/lib/date-limits'
import { todayIso } from '@renderer/lib/format'
import { i18n } from '@renderer/lib/i18n'
import { useListMutation } from '@renderer/lib/list-mutation'
import { channelQuery, keyFor } from '@renderer/lib/queries'
import type { ProxyUser, ProxyUserList, ProxyUserProduct } from '@shared/domain/proxy-users'
import { useQuery, useQueryClient } from '@tanstack/react-query'

const listKey = ({ product }: { product: ProxyUserProduct }) => keyFor('proxyUsers.list', { product })

export const useProxyUsers = (product: ProxyUserProduct) => useQuery(channelQuery('proxyUsers.list', { product }))

export const useProxyUserUsage = (product: ProxyUserProduct, username: string, range: DayRange) =>
  // Keep the previous range's figures on screen while the next one loads.
  useQuery({
    ...channelQuery('proxyUsers.usage', { product, username, ...range }),
    placeholderData: (previous) => previous,
  })

/** The users inside the cached list, and the quota beside them kept in step with the row count. */
const listShape = {
  items: (list: ProxyUserList) => list.users,
  withItems: (list: ProxyUserList, users: ProxyUser[], delta: number): ProxyUserList => {
    const { quota } = list
    return {
      ...list,
      users,
      quota: {
        ...quota,
        userCount: Math.max(0, quota.userCount + delta),
        remainingLimit: Math.max(0, quota.remainingLimit - delta),
      },
    }
  },
  keyOf: (user: ProxyUser) => user.username,
}

/** The new row appears once Thordata has accepted it; the form shows any rejection (no toast). */
export function useCreateProxyUser() {
  return useListMutation({
    channel: 'proxyUsers.create',
    listKey,
    ...listShape,
    when: 'confirmed',
    silent: true,
    patch: ({ product: _product, ...values }) => ({
      type: 'add',
      item: { ...values, usedBytes: 0, createdOn: todayIso() },
    }),
    failureTitle: ({ username }) => i18n.t('proxyUsers:notify.saveFailed', { name: username }),
    successMessage: ({ username }) => i18n.t('proxyUsers:notify.added', { name: username }),
  })
}

/** The row changes at once (it may be renamed); a refusal puts it back with one toast, and the form says why. */
export function useUpdateProxyUser() {
  const client = useQueryClient()
  return useListMutation({
    channel: 'proxyUsers.update',
    listKey,
    ...listShape,
    patch: (input) => {
      const current = client
        .getQueryData<ProxyUserList>(listKey(input))
        ?.users.find((u) => u.username === input.username)
      // Usage and creation date are not part of the write: they stay as they were.
      const item: ProxyUser = { usedBytes: 0, createdOn: null, ...current, ...input.next }
      return { type: 'update', key: input.username, item }
    },
    failureTitle: ({ username }) => i18n.t('proxyUsers:notify.saveFailed', { name: username }),
    successMessage: ({ next }) => i18n.t('proxyUsers:notify.saved', { name: next.username }),
  })
}

/** The row leaves at once; a refusal brings it back where it was, with one toast. */
export function useDeleteProxyUser() {
  return useListMutation({
    channel: 'proxyUsers.delete',
    listKey,
    ...listShape,
    patch: ({ username }) => ({ type: 'remove', key: username }),
    failureTitle: ({ username }) => i18n.t('proxyUsers:notify.deleteFailed', { name: username }),
    successMessage: ({ username }) => i18n.t('proxyUsers:notify.deleted', { name: username }),
  })
}

export const useProxyUserHourlyUsage = (
  product: ProxyUserProduct,
  username: string,
  hours: { from: string; to: string },
) =>
  useQuery({
    ...channelQuery('proxyUsers.usageHourly', { product, username, ...hours }),
    placeholderData: (previous) => previous,
  })
