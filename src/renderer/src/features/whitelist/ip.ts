import type { Whitelist, WhitelistEntry } from '@shared/domain/whitelist'

/** One spelling per address, so "2001:DB8:0::1" and "2001:db8::1" count as the same IP. */
export function ipKey(ip: string): string {
  const trimmed = ip.trim()
  if (!trimmed.includes(':')) return trimmed
  try {
    return new URL(`http://[${trimmed}]/`).hostname.slice(1, -1)
  } catch {
    return trimmed.toLowerCase()
  }
}

export function listedKeys(list: Whitelist | undefined): Set<string> {
  return new Set(list?.entries.map((entry) => ipKey(entry.ip)))
}

export function isListed(list: Whitelist | undefined, ip: string): boolean {
  const key = ipKey(ip)
  return list?.entries.some((entry) => ipKey(entry.ip) === key) ?? false
}

/** The list with `entries`, its count and slots left moved by `delta` rows (never below 0 or past the limit). */
export function withCount(list: Whitelist, entries: WhitelistEntry[], delta: number): Whitelist {
  return {
    ...list,
    ipCount: Math.max(0, list.ipCount + delta),
    remainingLimit: Math.max(0, Math.min(list.limit, list.remainingLimit - delta)),
    entries,
  }
}

export function withEntries(list: Whitelist, added: WhitelistEntry[]): Whitelist {
  const fresh = added.filter((entry) => !isListed(list, entry.ip))
  if (fresh.length === 0) return list
  return withCount(list, [...list.entries, ...fresh], fresh.length)
}
