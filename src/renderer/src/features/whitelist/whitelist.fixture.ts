import type { BatchLineResult } from '@shared/domain/public-ip'
import type { WhitelistEntry, WhitelistProduct } from '@shared/domain/whitelist'
import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { vi } from 'vitest'
import { createFakeBridge, type Handlers } from '../../test-utils/fakeBridge'

export const duplicateError = appError(
  'validation',
  'Thordata rejected one of the values sent. Check the form and try again.',
  { code: 10000, retryable: false },
)
export const limitError = appError(
  'conflict',
  'You have reached your plan’s limit (of proxy users or whitelisted IPs). Remove one before adding another.',
  { code: 10019, retryable: false },
)

export const myIp = { ip: '198.51.100.77', source: 'api.ipify.org' }

const entry = (ip: string, createdOn: string, enabled = true): WhitelistEntry => ({ ip, enabled, createdOn })

/**
 * A fake bridge whose whitelist behaves like Thordata's: it keeps entries per product, refuses a repeated IP
 * (10000) and an add past the plan's limit (10019), and answers the public IP lookup with `myIp`.
 */
export function whitelistBridge(
  limits: Record<WhitelistProduct, number> = { residential: 20, unlimited: 10, mobile: 5 },
) {
  const lists: Record<WhitelistProduct, WhitelistEntry[]> = {
    residential: [entry('203.0.113.7', '2025-03-10'), entry('198.51.100.4', '2025-04-02', false)],
    unlimited: [entry('192.0.2.10', '2025-05-01')],
    mobile: [],
  }
  const add = (product: WhitelistProduct, ip: string, enabled: boolean) => {
    if (lists[product].some((e) => e.ip === ip)) return duplicateError
    if (lists[product].length >= limits[product]) return limitError
    lists[product].push(entry(ip, '2026-01-15', enabled))
    return null
  }
  const answers = {
    'whitelist.list': ({ product }) =>
      ok({
        ipCount: lists[product].length,
        limit: limits[product],
        remainingLimit: Math.max(0, limits[product] - lists[product].length),
        entries: [...lists[product]],
      }),
    'whitelist.add': ({ product, ip, enabled }) => {
      const error = add(product, ip, enabled ?? true)
      return error ? fail(error) : ok(undefined)
    },
    'whitelist.delete': ({ product, ip }) => {
      lists[product] = lists[product].filter((e) => e.ip !== ip)
      return ok(undefined)
    },
    'whitelist.addMany': ({ product, ips }) =>
      ok(
        ips.map((ip): BatchLineResult => {
          const error = add(product, ip, true)
          return error ? { ip, ok: false, outcome: 'rejected', error } : { ip, ok: true }
        }),
      ),
    'whitelist.publicIp': () => ok(myIp),
  } satisfies Partial<Handlers>
  return { lists, answers, fake: createFakeBridge({ overrides: answers }) }
}

/** jsdom lays nothing out: gives the table's scroller a height, so the virtualized list has a window to fill. */
export const giveTablesRoom = () => vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600)
