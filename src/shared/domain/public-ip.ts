import { z } from 'zod'
import type { AppError } from '../errors'
import { ipAddress, whitelistProduct } from './whitelist'

export interface PublicIp {
  ip: string
  /** Host of the lookup service that answered, so the user knows who was asked. */
  source: string
}

/** Most addresses one batch may carry: more than any plan's whitelist holds. */
export const MAX_BATCH_IPS = 500

export const addWhitelistIpsInput = z.object({
  product: whitelistProduct,
  ips: z
    .array(z.string().max(100))
    .min(1, 'Paste at least one IP address')
    .max(MAX_BATCH_IPS, `Paste at most ${MAX_BATCH_IPS} addresses at a time`),
})
export type AddWhitelistIpsInput = z.infer<typeof addWhitelistIpsInput>

/** One line of a batch add: every address gets its own outcome, and one failure never stops the rest. */
export type BatchLineResult = { ip: string; ok: true } | { ip: string; ok: false; error: AppError }

export const isValidIp = (value: string): boolean => ipAddress.safeParse(value).success
