import { z } from 'zod'
import type { AppError } from '../errors'
import { MAX_BATCH_IPS } from './limits'
import { ipAddress, whitelistProduct } from './whitelist'

export interface PublicIp {
  ip: string
  /** Host of the lookup service that answered, so the user knows who was asked. */
  source: string
}

/** Re-exported for the code that already imports it from here. */
export { MAX_BATCH_IPS }

const batchId = z.string().min(1).max(64)

export const addWhitelistIpsInput = z.object({
  product: whitelistProduct,
  ips: z.array(z.string().max(100)).min(1, 'validation:ip.pasteOne').max(MAX_BATCH_IPS, 'validation:ip.tooMany'),
  /** Chosen by the renderer: names the batch in its progress events and in `whitelist.cancelBatch`. */
  batchId: batchId.optional(),
})
export type AddWhitelistIpsInput = z.infer<typeof addWhitelistIpsInput>

export const cancelBatchInput = z.object({ batchId })
export type CancelBatchInput = z.infer<typeof cancelBatchInput>

/**
 * Why a line was not added: `rejected` (not an address, or Thordata said no: nothing was added), `unknown` (the
 * answer was lost: it may or may not have been added, so it is never sent again by itself) or `not-sent` (the
 * batch stopped or was cancelled before this line).
 */
export type BatchLineFailure = 'rejected' | 'unknown' | 'not-sent'

/** One line of a batch add: every address gets its own outcome, and one failure never stops the rest. */
export type BatchLineResult =
  | { ip: string; ok: true }
  | { ip: string; ok: false; outcome: BatchLineFailure; error: AppError }

/** Pushed while a batch runs: `sent` lines have had their answer; `waitingMs` while Thordata asks to slow down. */
export interface BatchProgress {
  batchId: string
  sent: number
  total: number
  waitingMs?: number
}

export const isValidIp = (value: string): boolean => ipAddress.safeParse(value).success
