import { z } from 'zod'
import { productsIn } from '../products'
import { ipAddress } from './whitelist'

/** Static proxies bought per IP. */
export const staticProduct = z.enum(productsIn('staticProxies'), { error: 'Choose ISP or datacenter' })
export type StaticProduct = z.infer<typeof staticProduct>

export interface StaticProxy {
  ip: string
  /** Missing from Thordata's field table; present in its example. */
  port: number | null
  username: string
  password: string
  country: string | null
  city: string | null
  /** ISO date-times. */
  purchasedAt: string | null
  expiresAt: string | null
}

/** `skipped`: rows Thordata sent that could not be read, for the UI to mention. */
export interface StaticProxyList {
  proxies: StaticProxy[]
  skipped: number
}

export interface ProxyExpiration {
  ip: string
  expiresAt: string | null
}

export interface ProxyExpirationList {
  expirations: ProxyExpiration[]
  skipped: number
}

export const staticProxiesInput = z.object({ product: staticProduct })
export type StaticProxiesInput = z.infer<typeof staticProxiesInput>

export const proxyExpirationInput = z.object({
  product: staticProduct,
  ips: z.array(ipAddress).min(1, 'validation:ip.chooseOne').max(10_000),
})
export type ProxyExpirationInput = z.infer<typeof proxyExpirationInput>

/** One IP asked about: its expiry, or `known: false` when Thordata does not know it (10010, or left out of its answer). */
export type ExpirationCheckRow = { ip: string; known: true; expiresAt: string | null } | { ip: string; known: false }

/** The answer for each IP asked about, once each, in the order asked. */
export interface ExpirationCheck {
  results: ExpirationCheckRow[]
  skipped: number
}

/** A row of the ISP / datacenter list as the window holds it: the password stays in main until revealed or copied. */
export type StaticProxyRow = Omit<StaticProxy, 'password'>

export interface StaticProxyRows {
  proxies: StaticProxyRow[]
  skipped: number
}

/** The formats people paste a static proxy into tools with. */
export const staticProxyFormats = ['ip:port:user:pass', 'user:pass@ip:port', 'http', 'socks5'] as const
export type StaticProxyFormat = (typeof staticProxyFormats)[number]

/** One proxy as one line in `format`. A proxy without a port (Thordata's table omits it) is written without one. */
export function formatStaticProxy(
  proxy: Pick<StaticProxy, 'ip' | 'port' | 'username' | 'password'>,
  format: StaticProxyFormat,
): string {
  const host = proxy.ip.includes(':') ? `[${proxy.ip}]` : proxy.ip
  const address = proxy.port === null ? host : `${host}:${proxy.port}`
  const auth = `${encodeURIComponent(proxy.username)}:${encodeURIComponent(proxy.password)}`
  switch (format) {
    case 'ip:port:user:pass':
      // An IPv6 address is bracketed here too, or no tool could tell its colons from the separators.
      return [host, proxy.port ?? '', proxy.username, proxy.password].join(':')
    case 'user:pass@ip:port':
      return `${proxy.username}:${proxy.password}@${address}`
    case 'http':
      return `http://${auth}@${address}`
    case 'socks5':
      return `socks5://${auth}@${address}`
  }
}

const chosenIps = z.array(ipAddress).min(1, 'validation:ip.chooseOne').max(10_000)

export const revealStaticProxyInput = z.object({ product: staticProduct, ip: ipAddress })
export type RevealStaticProxyInput = z.infer<typeof revealStaticProxyInput>

/** Main fills in the passwords and writes one line per IP, in the order given, to the clipboard. */
export const copyStaticProxiesInput = z.object({
  product: staticProduct,
  ips: chosenIps,
  format: z.enum(staticProxyFormats, { error: 'validation:staticProxy.format' }),
})
export type CopyStaticProxiesInput = z.infer<typeof copyStaticProxiesInput>

/** The CSV of the IPs given (the rows shown, in their order), passwords included: the user asked for the file. */
export const staticProxiesCsvInput = z.object({ product: staticProduct, ips: chosenIps })
export type StaticProxiesCsvInput = z.infer<typeof staticProxiesCsvInput>
