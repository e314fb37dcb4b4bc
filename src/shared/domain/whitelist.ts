import { z } from 'zod'
import { productsIn } from '../products'

/** Products whose proxies can be used from whitelisted IPs without a password. */
export const whitelistProduct = z.enum(productsIn('whitelist'), {
  error: 'Choose residential, unlimited or mobile',
})
export type WhitelistProduct = z.infer<typeof whitelistProduct>

export interface WhitelistEntry {
  ip: string
  enabled: boolean
  /** yyyy-mm-dd */
  createdOn: string | null
}

export interface Whitelist {
  ipCount: number
  /** How many IPs the plan allows. */
  limit: number
  remainingLimit: number
  entries: WhitelistEntry[]
  /** Rows Thordata sent that could not be read; the list shows the rest and says how many (absent: none). */
  skipped?: number
}

const ipv4 = z.ipv4()
const ipv6 = z.ipv6()

export const ipAddress = z
  .string()
  .trim()
  .refine((ip) => ipv4.safeParse(ip).success || ipv6.safeParse(ip).success, 'validation:ip.address')

export const whitelistInput = z.object({ product: whitelistProduct })
export type WhitelistInput = z.infer<typeof whitelistInput>

export const addWhitelistIpInput = z.object({
  product: whitelistProduct,
  ip: ipAddress,
  enabled: z.boolean().default(true),
})
export type AddWhitelistIpInput = z.input<typeof addWhitelistIpInput>

export const deleteWhitelistIpInput = z.object({ product: whitelistProduct, ip: ipAddress })
export type DeleteWhitelistIpInput = z.infer<typeof deleteWhitelistIpInput>
