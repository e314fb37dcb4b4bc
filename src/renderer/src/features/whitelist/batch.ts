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
  result: 'added' | 'failed' | 'skipped'
  message: string
}

export const statusLabels: Record<LineStatus, string> = {
  valid: 'Ready to add',
  invalid: 'Not an IP address',
  repeat: 'Repeated: added once',
  listed: 'Already on the whitelist',
}

/** "1 address", "3 addresses" */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
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
 * user (addresses that failed or are not IPs) as the new text, so nothing is lost.
 */
export function batchOutcome(lines: BatchLine[], results: BatchLineResult[]) {
  let next = 0
  const outcomes: LineOutcome[] = lines.map(({ position, text, status }) => {
    if (status === 'invalid') return { position, text, result: 'failed', message: 'Not an IP address, not sent' }
    if (status !== 'valid') return { position, text, result: 'skipped', message: statusLabels[status] }
    const answer = results[next++]
    if (answer?.ok) return { position, text, result: 'added', message: 'Added' }
    const message = answer ? answer.error.message : 'No answer came back for this address'
    return { position, text, result: 'failed', message }
  })
  const remaining = outcomes.filter((outcome) => outcome.result === 'failed').map((outcome) => outcome.text)
  return { outcomes, remaining: remaining.join('\n') }
}
