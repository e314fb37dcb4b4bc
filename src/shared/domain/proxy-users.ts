import { z } from 'zod'
import { productsIn } from '../products'
import type { UsageReport } from './account'
import { usageRangeInput } from './account'

/** Products with proxy users: Thordata's newer docs add mobile to residential and unlimited. */
export const proxyUserProduct = z.enum(productsIn('proxyUsers'), {
  error: 'Choose residential, unlimited or mobile',
})
export type ProxyUserProduct = z.infer<typeof proxyUserProduct>

/** A sub-account that signs in to the proxies with its own username and password. */
export interface ProxyUser {
  username: string
  /** Thordata returns it in clear text; the user needs it to configure their proxy client. */
  password: string
  enabled: boolean
  /** 0 = no limit. */
  trafficLimitBytes: number
  usedBytes: number
  /** yyyy-mm-dd */
  createdOn: string | null
}

/** A proxy user as a picker shows it: its name and whether it is on, never its password. */
export interface ProxyUserName {
  username: string
  enabled: boolean
}

export interface ProxyUserQuota {
  /** How many proxy users the plan allows. */
  limit: number
  /** How many more can still be created. */
  remainingLimit: number
  userCount: number
}

export interface ProxyUserList {
  quota: ProxyUserQuota
  users: ProxyUser[]
  /** Rows Thordata sent that could not be read; the list shows the rest and says how many (absent: none). */
  skipped?: number
}

/**
 * A user's usage. Some replies (the Python SDK's test: a bare list of `{date, usage}`) carry only the days, so the
 * all-time total, the balance and the limit may be null: "not returned", never a made-up 0.
 */
export interface ProxyUserUsage extends Omit<UsageReport, 'totalUsedBytes' | 'remainingBytes'> {
  username: string
  totalUsedBytes: number | null
  remainingBytes: number | null
  /** 0 = no limit; null = not returned. */
  trafficLimitBytes: number | null
}

const MB = 1024 ** 2
/** Thordata's smallest traffic limit; 0 means no limit. */
export const MIN_TRAFFIC_LIMIT_BYTES = 100 * MB

export const proxyUsername = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{6,15}$/, 'validation:proxyUser.username')

export const proxyPassword = z
  .string()
  .min(6, 'validation:proxyUser.passwordMin')
  .max(15, 'validation:proxyUser.passwordMax')
  .regex(/^[A-Za-z]/, 'validation:proxyUser.passwordLetterFirst')
  .regex(/^[A-Za-z0-9]*$/, 'validation:proxyUser.passwordChars')

export const trafficLimitBytes = z
  .number({ error: 'validation:proxyUser.limitRequired' })
  .int('validation:proxyUser.limitWhole')
  .min(0, 'validation:proxyUser.limitNegative')
  .refine((v) => v === 0 || v >= MIN_TRAFFIC_LIMIT_BYTES, 'validation:proxyUser.limitMin')

/** Everything Thordata stores about a proxy user; an update always sends all of it. */
export const proxyUserValues = z.object({
  username: proxyUsername,
  password: proxyPassword,
  trafficLimitBytes,
  enabled: z.boolean(),
})
export type ProxyUserValues = z.infer<typeof proxyUserValues>

export const proxyUsersListInput = z.object({ product: proxyUserProduct })
export type ProxyUsersListInput = z.infer<typeof proxyUsersListInput>

export const createProxyUserInput = proxyUserValues.extend({ product: proxyUserProduct })
export type CreateProxyUserInput = z.infer<typeof createProxyUserInput>

/**
 * `next` holds the complete new values: Thordata overwrites all four, so fields the user did not touch must carry
 * their current values (a missing limit would silently become "no limit").
 */
export const updateProxyUserInput = z.object({
  product: proxyUserProduct,
  username: proxyUsername,
  next: proxyUserValues,
})
export type UpdateProxyUserInput = z.infer<typeof updateProxyUserInput>

export const deleteProxyUserInput = z.object({ product: proxyUserProduct, username: proxyUsername })
export type DeleteProxyUserInput = z.infer<typeof deleteProxyUserInput>

export const proxyUserUsageInput = z.intersection(
  z.object({ product: proxyUserProduct, username: proxyUsername }),
  usageRangeInput,
)
export type ProxyUserUsageInput = z.infer<typeof proxyUserUsageInput>
