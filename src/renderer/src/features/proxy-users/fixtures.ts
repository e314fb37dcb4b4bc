import type { ProxyUser, ProxyUserList, ProxyUserQuota } from '@shared/domain/proxy-users'
import { ok } from '@shared/ipc/result'
import { afterEach, beforeEach, vi } from 'vitest'
import { createFakeBridge, demoSession, sampleUsage } from '../../test-utils/fakeBridge'

const MB = 1024 ** 2

export const shop01: ProxyUser = {
  username: 'shop01',
  password: 'Pw123456',
  enabled: true,
  trafficLimitBytes: 1024 * MB,
  usedBytes: 300 * MB,
  createdOn: '2026-04-02',
}
export const shop02: ProxyUser = {
  username: 'shop02',
  password: 'Secret789',
  enabled: false,
  trafficLimitBytes: 0,
  usedBytes: 5 * MB,
  createdOn: '2026-04-03',
}
export const crawler77: ProxyUser = {
  username: 'crawler77',
  password: 'Crawl2026',
  enabled: true,
  trafficLimitBytes: 1536 * MB,
  usedBytes: 0,
  createdOn: null,
}

/**
 * A fake bridge whose proxyUsers.* channels keep a list like Thordata does (per product, with a quota), so a
 * test sees the same rows again when the tab refetches.
 */
export function proxyUsersBridge(initial: ProxyUser[] = [shop01, shop02, crawler77], limit = 100) {
  const fake = createFakeBridge({ session: demoSession })
  const lists = new Map<string, ProxyUser[]>([['residential', [...initial]]])
  const usersOf = (product: string) => lists.get(product) ?? []
  const listOf = (product: string): ProxyUserList => {
    const users = usersOf(product)
    const quota: ProxyUserQuota = { limit, remainingLimit: Math.max(0, limit - users.length), userCount: users.length }
    return { quota, users }
  }

  fake.respond('proxyUsers.list', ({ product }) => ok(listOf(product)))
  fake.respond('proxyUsers.create', ({ product, ...values }) => {
    lists.set(product, [...usersOf(product), { ...values, usedBytes: 0, createdOn: '2026-05-01' }])
    return ok(undefined)
  })
  fake.respond('proxyUsers.update', ({ product, username, next }) => {
    lists.set(
      product,
      usersOf(product).map((user) => (user.username === username ? { ...user, ...next } : user)),
    )
    return ok(undefined)
  })
  fake.respond('proxyUsers.delete', ({ product, username }) => {
    lists.set(
      product,
      usersOf(product).filter((user) => user.username !== username),
    )
    return ok(undefined)
  })
  fake.respond('proxyUsers.usage', ({ username, from, to }) =>
    ok({ ...sampleUsage({ from, to }), username, trafficLimitBytes: 0 }),
  )
  /** Changes what Thordata holds, as another client would. */
  const setUsers = (product: string, users: ProxyUser[]) => lists.set(product, users)
  return Object.assign(fake, { listOf, setUsers })
}

/** `count` users named user00001, user00002, … */
export function manyUsers(count: number): ProxyUser[] {
  return Array.from({ length: count }, (_, i) => ({
    ...shop01,
    username: `user${String(i + 1).padStart(5, '0')}`,
  }))
}

/**
 * jsdom lays nothing out, so the virtualized table's scroller would measure 0 px tall and show no rows. Give it
 * the height of a window with room for ten rows or so.
 */
export function giveTableAViewport(height = 600) {
  beforeEach(() => {
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(height)
  })
  afterEach(() => vi.restoreAllMocks())
}

/** The table's container this many px wide, as in a narrow window. */
export const narrowTable = (width: number) => vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(width)
