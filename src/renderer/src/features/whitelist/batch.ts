import { type BatchLineResult, isValidIp } from '@shared/domain/public-ip'
import { ipKey } from './ip'

export type LineStatus = 'valid' | 'invalid' | 'repeat' | 'listed'

export interface BatchLine {
  /** Where the address sits in what was pasted, counting from 0. */
  position: number
  text: string
  status: LineStatus
}

export interface LineOutcome {
  position: number
  text: string
  /** `unknown`: the answer was lost, so it may or may not have been added; `not-sent`: the batch stopped first. */
  result: 'added' | 'failed' | 'skipped' | 'unknown' | 'not-sent'
  /** Why, when the app decided it (translated when shown); main's own words are in `message`. */
  reason?: 'invalid' | 'repeat' | 'listed' | 'noAnswer'
  message?: string
}

export function splitAddresses(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean)
}

/** What each pasted address will become, before anything is sent. */
export function previewBatch(text: string, listed: ReadonlySet<string>): BatchLine[] {
  const seen = new Set<string>()
  return splitAddresses(text).map((address, position) => {
    if (!isValidIp(address)) return { position, text: address, status: 'invalid' }
    const key = ipKey(address)
    if (seen.has(key)) return { position, text: address, status: 'repeat' }
    seen.add(key)
    return { position, text: address, status: listed.has(key) ? 'listed' : 'valid' }
  })
}

export const addressesToSend = (lines: BatchLine[]): string[] =>
  lines.filter((line) => line.status === 'valid').map((line) => line.text)

/**
 * Pairs main's answers (one per sent address, in order) with the pasted lines, and keeps what still needs the
 * user (addresses that failed, were not sent or are not IPs) as the new text, so nothing is lost. An address
 * whose outcome is unknown is not put back: it may already be on the list, and the results say to check.
 */
export function batchOutcome(lines: BatchLine[], results: BatchLineResult[]) {
  let next = 0
  const outcomes: LineOutcome[] = lines.map(({ position, text, status }) => {
    if (status === 'invalid') return { position, text, result: 'failed', reason: 'invalid' }
    if (status !== 'valid') return { position, text, result: 'skipped', reason: status }
    const answer = results[next++]
    if (answer?.ok) return { position, text, result: 'added' }
    if (!answer) return { position, text, result: 'failed', reason: 'noAnswer' }
    const result = answer.outcome === 'rejected' ? 'failed' : answer.outcome
    return { position, text, result, message: answer.error.message }
  })
  const remaining = outcomes
    .filter((outcome) => outcome.result === 'failed' || outcome.result === 'not-sent')
    .map((outcome) => outcome.text)
  return { outcomes, remaining: remaining.join('\n') }
}

/** Tallies of a finished batch, for its summary line and notification. */
export function tallyOutcomes(outcomes: LineOutcome[]) {
  const of = (result: LineOutcome['result']) => outcomes.filter((outcome) => outcome.result === result).length
  return { added: of('added'), failed: of('failed'), unknown: of('unknown'), notSent: of('not-sent') }
}

/** A rate-limit wait in whole seconds, at least 1. */
export const waitSeconds = (ms: number) => Math.max(1, Math.round(ms / 1000))
