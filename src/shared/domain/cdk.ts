import { z } from 'zod'
import type { TrafficUnit } from '../traffic'

/**
 * The unit of a code's `flow` / `traffic`. Thordata's docs do not name it; the examples (`traffic: 2`, `5`) read
 * as GB. Main sends and reads it in this unit, and the create form says so.
 */
export const CDK_TRAFFIC_UNIT: TrafficUnit = 'GB'

/** A traffic gift code. */
export const cdkStatus = z.enum(['unused', 'used', 'revoked'], { error: 'validation:cdk.status' })
export type CdkStatus = z.infer<typeof cdkStatus>

export interface Cdk {
  code: string
  status: CdkStatus
  /** ISO date-time */
  createdAt: string | null
  trafficBytes: number
  /** How long the traffic lasts once redeemed. */
  durationSeconds: number
}

/** `skipped`: rows Thordata sent that could not be read, for the UI to mention. */
export interface CdkList {
  cdks: Cdk[]
  skipped: number
}

export interface CdkDetails extends Cdk {
  /** Who redeemed it; null while unused. */
  usedBy: string | null
  usedAt: string | null
}

export const cdkCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]+$/, 'validation:cdk.code')

export const createCdkInput = z.object({
  /** Traffic in each code; it must come to a whole number of Thordata's CDK unit (GB by default). */
  trafficBytes: z
    .number({ error: 'validation:cdk.trafficRequired' })
    .int('validation:cdk.trafficWhole')
    .positive('validation:cdk.trafficPositive'),
  count: z
    .number({ error: 'validation:cdk.countRequired' })
    .int('validation:cdk.countWhole')
    .min(1, 'validation:cdk.countMin'),
})
export type CreateCdkInput = z.infer<typeof createCdkInput>

export const cdkListInput = z.object({ status: cdkStatus.optional() })
export type CdkListInput = z.infer<typeof cdkListInput>

export const cdkCodeInput = z.object({ cdk: cdkCode })
export type CdkCodeInput = z.infer<typeof cdkCodeInput>

/** The codes a create made, in Thordata's order. */
export interface CreatedCdks {
  codes: string[]
}
