import { i18n } from '@renderer/lib/i18n'
import { useListMutation } from '@renderer/lib/list-mutation'
import { channelQuery, keyFor } from '@renderer/lib/queries'
import type { BoundUser, BoundUserList } from '@shared/domain/unlimited'
import { useQuery } from '@tanstack/react-query'

const listKey = ({ server }: { server: string }) => keyFor('unlimited.boundUsers', { server })

export const useBoundUsers = (server: string) => useQuery(channelQuery('unlimited.boundUsers', { server }))

/** The unlimited product's proxy users: the ones that can be bound to a server. */
export const useUnlimitedUserNames = () => useQuery(channelQuery('proxyUsers.names', { product: 'unlimited' }))

const listShape = {
  items: (list: BoundUserList) => list.users,
  withItems: (list: BoundUserList, users: BoundUser[]): BoundUserList => ({ ...list, users }),
  keyOf: (user: BoundUser) => user.username,
}

/** The user appears once Thordata has bound it; the add form shows a refusal itself (no toast). */
export function useBindUser() {
  return useListMutation({
    channel: 'unlimited.bindUser',
    listKey,
    ...listShape,
    when: 'confirmed',
    silent: true,
    patch: ({ username }) => ({ type: 'add', item: { username, boundAt: new Date().toISOString() } }),
    failureTitle: ({ username }) => i18n.t('unlimited:bound.addFailed', { name: username }),
    successMessage: ({ username, server }) => i18n.t('unlimited:bound.added', { name: username, server }),
  })
}

/** The row leaves at once; a refusal brings it back with one toast. */
export function useUnbindUser() {
  return useListMutation({
    channel: 'unlimited.unbindUser',
    listKey,
    ...listShape,
    patch: ({ username }) => ({ type: 'remove', key: username }),
    failureTitle: ({ username }) => i18n.t('unlimited:bound.removeFailed', { name: username }),
    successMessage: ({ username, server }) => i18n.t('unlimited:bound.removed', { name: username, server }),
  })
}
