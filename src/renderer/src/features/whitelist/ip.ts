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

export function withEntries(list: Whitelist, added: WhitelistEntry[]): Whitelist {
  const fresh = added.filter((entry) => !isListed(list, entry.ip))
  if (fresh.length === 0) return list
  return {
    ...list,
    ipCount: list.ipCount + fresh.length,
    remainingLimit: Math.max(0, list.remainingLimit - fresh.length),
    entries: [...list.entries, ...fresh],
  }
}

export function withoutIp(list: Whitelist, ip: string): Whitelist {
  const key = ipKey(ip)
  const entries = list.entries.filter((entry) => ipKey(entry.ip) !== key)
  if (entries.length === list.entries.length) return list
  return {
    ...list,
    ipCount: Math.max(0, list.ipCount - 1),
    remainingLimit: Math.min(list.limit, list.remainingLimit + 1),
    entries,
  }
}

/** Puts a row back where it was, after a delete that did not go through. */
export function withRestored(list: Whitelist, entry: WhitelistEntry, index: number): Whitelist {
  if (isListed(list, entry.ip)) return list
  const entries = [...list.entries]
  entries.splice(Math.min(index, entries.length), 0, entry)
  return {
    ...list,
    ipCount: list.ipCount + 1,
    remainingLimit: Math.max(0, list.remainingLimit - 1),
    entries,
  }
}
