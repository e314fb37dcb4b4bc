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
  ips: z.array(ipAddress).min(1, 'validation:ip.chooseOne'),
})
export type ProxyExpirationInput = z.infer<typeof proxyExpirationInput>
