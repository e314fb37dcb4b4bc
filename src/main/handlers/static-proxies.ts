import { toCsv } from '@shared/csv'
import {
  type ExpirationCheck,
  type ExpirationCheckRow,
  formatStaticProxy,
  type StaticProduct,
  type StaticProxy,
  type StaticProxyRow,
} from '@shared/domain/proxies'
import { AppErrorException, appError } from '@shared/errors'
import type { ClipboardPort } from '../core/ports'
import { t } from '../i18n'
import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'

const withoutPassword = ({ password: _password, ...row }: StaticProxy): StaticProxyRow => row

/** IPs per expiration request: a long paste stays well inside a URL's length. */
export const EXPIRATION_BATCH = 50

/** One spelling per address, so "2001:DB8:0::1" and "2001:db8::1" are the same IP. */
export function ipKey(ip: string): string {
  const trimmed = ip.trim()
  if (!trimmed.includes(':')) return trimmed
  try {
    return new URL(`http://[${trimmed}]/`).hostname.slice(1, -1)
  } catch {
    return trimmed.toLowerCase()
  }
}

/** "2026-12-01 10:00", the way Thordata writes it and a spreadsheet reads it as a date (the header says UTC). */
const utcMinute = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '')

const isUnknownIp = (cause: unknown) => cause instanceof AppErrorException && cause.appError.code === 10010

/** The CSV's columns: what the window's table shows, plus the password the window never holds. */
function csvColumns() {
  return [
    { header: t('staticProxies:columns.ip'), csv: (p: StaticProxy) => p.ip },
    { header: t('staticProxies:columns.port'), csv: (p: StaticProxy) => p.port },
    { header: t('staticProxies:columns.username'), csv: (p: StaticProxy) => p.username },
    { header: t('staticProxies:columns.password'), csv: (p: StaticProxy) => p.password },
    { header: t('staticProxies:columns.country'), csv: (p: StaticProxy) => p.country },
    { header: t('staticProxies:columns.city'), csv: (p: StaticProxy) => p.city },
    { header: t('staticProxies:csv.purchasedAt'), csv: (p: StaticProxy) => utcMinute(p.purchasedAt) },
    { header: t('staticProxies:csv.expiresAt'), csv: (p: StaticProxy) => utcMinute(p.expiresAt) },
  ]
}

/**
 * The ISP / datacenter calls. The list reaches the window without passwords; copying, the CSV and a reveal read
 * the list afresh here and fill them in, so what is copied is what Thordata holds now. An IP that is no longer
 * on the list fails the whole call: nothing is copied half.
 */
export function staticProxyHandlers(client: Pick<ThordataClient, 'proxies'>, clipboard: ClipboardPort) {
  const pick = async (product: StaticProduct, ips: readonly string[]): Promise<StaticProxy[]> => {
    const { proxies } = await client.proxies.list({ product })
    const byIp = new Map(proxies.map((p) => [ipKey(p.ip), p]))
    return ips.map((ip) => {
      const proxy = byIp.get(ipKey(ip))
      if (!proxy) throw new AppErrorException(appError('not-found', t('errors:staticProxy.gone', { ip })))
      return proxy
    })
  }

  /**
   * Thordata refuses a whole request with 10010 when one IP in it is not the account's. So a refused group is
   * halved until the unknown IPs stand alone: k unknown IPs among n cost about k·log₂(n) more reads, not n.
   */
  const expirations = async (product: StaticProduct, asked: readonly string[]): Promise<ExpirationCheck> => {
    const ips = [...new Map(asked.map((ip) => [ipKey(ip), ip.trim()])).values()]
    const found = new Map<string, string | null>()
    const unknown = new Set<string>()
    let skipped = 0
    const ask = async (group: readonly string[]): Promise<void> => {
      try {
        const answer = await client.proxies.expirations({ product, ips: [...group] })
        skipped += answer.skipped
        for (const { ip, expiresAt } of answer.expirations) found.set(ipKey(ip), expiresAt)
      } catch (cause) {
        if (!isUnknownIp(cause)) throw cause
        if (group.length === 1) {
          unknown.add(ipKey(group[0] as string))
          return
        }
        const half = Math.ceil(group.length / 2)
        await ask(group.slice(0, half))
        await ask(group.slice(half))
      }
    }
    // One after another: a long paste never bursts into Thordata's rate limit.
    for (let start = 0; start < ips.length; start += EXPIRATION_BATCH) {
      await ask(ips.slice(start, start + EXPIRATION_BATCH))
    }
    const results = ips.map((ip): ExpirationCheckRow => {
      const key = ipKey(ip)
      // An IP left out of a successful answer is one Thordata does not know either.
      return !unknown.has(key) && found.has(key)
        ? { ip, known: true, expiresAt: found.get(key) ?? null }
        : { ip, known: false }
    })
    return { results, skipped }
  }

  return {
    'staticProxies.list': async (input) => {
      const { proxies, skipped } = await client.proxies.list(input)
      return { proxies: proxies.map(withoutPassword), skipped }
    },
    'staticProxies.expirations': ({ product, ips }) => expirations(product, ips),
    'staticProxies.reveal': async ({ product, ip }) => {
      const [proxy] = await pick(product, [ip])
      return { password: (proxy as StaticProxy).password }
    },
    'staticProxies.copy': async ({ product, ips, format }) => {
      const chosen = await pick(product, ips)
      await clipboard.writeText(chosen.map((p) => formatStaticProxy(p, format)).join('\n'))
      return { count: chosen.length }
    },
    'staticProxies.csv': async ({ product, ips }) => ({ text: toCsv(await pick(product, ips), csvColumns()) }),
  } satisfies Partial<Handlers>
}
