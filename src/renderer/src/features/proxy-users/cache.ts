import type { ProxyUser, ProxyUserList } from '@shared/domain/proxy-users'

/** Pure edits of a cached list, used to show a change before Thordata confirms it. */

export function withUserAdded(list: ProxyUserList, user: ProxyUser): ProxyUserList {
  const { quota } = list
  return {
    quota: { ...quota, userCount: quota.userCount + 1, remainingLimit: Math.max(0, quota.remainingLimit - 1) },
    users: [...list.users.filter((u) => u.username !== user.username), user],
  }
}

/** Puts `user` where the row named `username` was (the name itself may change). */
export function withUserReplaced(list: ProxyUserList, username: string, user: ProxyUser): ProxyUserList {
  return { ...list, users: list.users.map((u) => (u.username === username ? user : u)) }
}

export function withUserRemoved(list: ProxyUserList, username: string): ProxyUserList {
  if (!list.users.some((u) => u.username === username)) return list
  const { quota } = list
  return {
    quota: { ...quota, userCount: Math.max(0, quota.userCount - 1), remainingLimit: quota.remainingLimit + 1 },
    users: list.users.filter((u) => u.username !== username),
  }
}

/** Undoes withUserRemoved: the row goes back where it was, unless a refetch already brought it back. */
export function withUserRestored(list: ProxyUserList, user: ProxyUser, index: number): ProxyUserList {
  if (list.users.some((u) => u.username === user.username)) return list
  const { quota } = list
  const users = [...list.users]
  users.splice(Math.min(index, users.length), 0, user)
  return {
    quota: { ...quota, userCount: quota.userCount + 1, remainingLimit: Math.max(0, quota.remainingLimit - 1) },
    users,
  }
}
