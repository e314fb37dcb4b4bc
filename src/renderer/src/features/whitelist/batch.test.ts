import { describe, expect, it } from 'vitest'
import { addressesToSend, batchOutcome, previewBatch } from './batch'
import { ipKey } from './ip'

const statuses = (text: string, listed: string[] = []) =>
  previewBatch(text, new Set(listed.map(ipKey))).map(({ text, status }) => `${text}:${status}`)

describe('batch parsing', () => {
  it('reads addresses separated by new lines, commas, spaces and tabs', () => {
    expect(statuses(' 192.0.2.1,192.0.2.2\t192.0.2.3\r\n\n192.0.2.4 , ')).toEqual([
      '192.0.2.1:valid',
      '192.0.2.2:valid',
      '192.0.2.3:valid',
      '192.0.2.4:valid',
    ])
  })

  it('counts two spellings of one IPv6 address as a repeat, also against the list', () => {
    expect(statuses('2001:db8::1 2001:DB8:0:0::1 2001:0db8::2', ['2001:db8::2'])).toEqual([
      '2001:db8::1:valid',
      '2001:DB8:0:0::1:repeat',
      '2001:0db8::2:listed',
    ])
  })

  it('pairs answers with the sent lines in order and keeps what failed', () => {
    const lines = previewBatch('192.0.2.1 nope 192.0.2.2 192.0.2.1', new Set())
    expect(addressesToSend(lines)).toEqual(['192.0.2.1', '192.0.2.2'])
    const error = { kind: 'conflict' as const, message: 'Full', retryable: false }
    const { outcomes, remaining } = batchOutcome(lines, [
      { ip: '192.0.2.1', ok: true },
      { ip: '192.0.2.2', ok: false, outcome: 'rejected', error },
    ])
    expect(outcomes.map((o) => `${o.text}:${o.result}`)).toEqual([
      '192.0.2.1:added',
      'nope:failed',
      '192.0.2.2:failed',
      '192.0.2.1:skipped',
    ])
    expect(remaining).toBe('nope\n192.0.2.2')
  })
})

describe('batch outcome of a paced batch', () => {
  it('puts the unsent lines back to send again, but not one that may already have been added', () => {
    const lines = previewBatch('192.0.2.1 192.0.2.2 192.0.2.3', new Set())
    const error = { kind: 'network' as const, message: 'Lost', retryable: false }
    const { outcomes, remaining } = batchOutcome(lines, [
      { ip: '192.0.2.1', ok: true },
      { ip: '192.0.2.2', ok: false, outcome: 'unknown', error },
      { ip: '192.0.2.3', ok: false, outcome: 'not-sent', error: { ...error, message: 'Not sent' } },
    ])
    expect(outcomes.map((o) => o.result)).toEqual(['added', 'unknown', 'not-sent'])
    expect(remaining).toBe('192.0.2.3')
  })
})
