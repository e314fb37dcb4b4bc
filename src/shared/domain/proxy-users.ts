import { z } from 'zod'
import type { UsageReport } from './account'
import { usageRangeInput } from './account'

/** Products with proxy users: Thordata's newer docs add mobile to residential and unlimited. */
export const proxyUserProduct = z.enum(['residential', 'unlimited', 'mobile'], {
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
  .regex(/^[A-Za-z0-9]{6,15}$/, 'Usernames are 6–15 letters or digits, with no spaces or symbols')

export const proxyPassword = z
  .string()
  .min(6, 'Passwords need at least 6 characters')
  .max(15, 'Passwords can have at most 15 characters')
  .regex(/^[A-Za-z]/, 'Start the password with a letter')
  .regex(/^[A-Za-z0-9]*$/, 'Use only letters and digits in the password')

export const trafficLimitBytes = z
  .number({ error: 'Enter a traffic limit, or 0 for no limit' })
  .int('Enter the traffic limit in whole bytes')
  .min(0, 'The traffic limit cannot be negative')
  .refine((v) => v === 0 || v >= MIN_TRAFFIC_LIMIT_BYTES, 'Set a limit of at least 100 MB, or 0 for no limit')

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
