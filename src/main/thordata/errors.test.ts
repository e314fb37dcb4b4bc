import { afterEach, describe, expect, it } from 'vitest'
import { holdSecrets, type SecretHold } from '../log/logger'
import { readEnvelope } from './envelope'
import {
  errorForCode,
  errorForHttpStatus,
  httpErrors,
  outcomeUnknownError,
  payloadErrors,
  timeoutError,
} from './errors'
import { backoffDelay, isRetryableForGet } from './retry'

const payloadCodes = [...Array.from({ length: 22 }, (_, i) => 10000 + i), 111, 114, 117, 118, 121]
const httpStatuses = [400, 401, 402, 403, 404, 422, 429, 500, 502, 503, 504]

describe('error table', () => {
  it.each(payloadCodes)('has plain words for payload code %i', (code) => {
    expect(payloadErrors[code]).toBeDefined()
    const error = errorForCode(code)
    expect(error.code).toBe(code)
    expect(error.message).toMatch(/^[A-Z].*\.$/)
    expect(error.message).not.toMatch(/undefined|null|\[object/)
  })

  it.each(httpStatuses)('has plain words for HTTP status %i', (status) => {
    expect(httpErrors[status]).toBeDefined()
    const error = errorForHttpStatus(status)
    expect(error.code).toBe(status)
    expect(error.message).toMatch(/^[A-Z].*\(HTTP \d+\).*\.$/)
  })

  it.each([
    [10013, 'auth', 'token'],
    [10014, 'auth', 'key'],
    [10015, 'validation', 'username'],
    [10016, 'validation', 'password'],
    [10018, 'conflict', 'username'],
    [10020, 'not-found', 'username'],
    [10021, 'validation', 'from'],
    [118, 'auth', 'accountName'],
  ])('puts %i on the %s field it belongs to', (code, kind, field) => {
    expect(errorForCode(code)).toMatchObject({ kind, field, retryable: false })
  })

  it('tells the customer where to fix a bad token', () => {
    expect(errorForCode(10013).message).toBe('Thordata rejected the token. Copy it again from Dashboard → My Account.')
  })

  it('says plainly that the wallet is too low', () => {
    expect(errorForCode(10008).message).toMatch(/^Your wallet balance is too low/)
  })

  it('marks the rate limits as retryable and the rest of the payload codes as final', () => {
    expect(errorForCode(10011)).toMatchObject({ kind: 'rate-limit', retryable: true })
    expect(errorForCode(111)).toMatchObject({ kind: 'rate-limit', retryable: true })
    expect(errorForCode(10016).retryable).toBe(false)
  })

  it('names the IP Thordata quotes when the whitelist check fails', () => {
    const error = errorForCode(
      117,
      'Allowlist verification failed. Please add the requested IP [198.51.100.9] to the HTTP allowlist',
    )
    expect(error.message).toContain('198.51.100.9')
    expect(error.message).toMatch(/Whitelist/)
  })

  it('is honest about codes it does not know, and quotes Thordata', () => {
    const error = errorForCode(424242, 'strange')
    expect(error).toMatchObject({ kind: 'server', code: 424242, retryable: false })
    expect(error.message).toContain('424242')
    expect(error.message).toContain('("strange")')
  })

  it('groups HTTP statuses into the sdk-spec categories', () => {
    expect(errorForHttpStatus(401).kind).toBe('auth')
    expect(errorForHttpStatus(429)).toMatchObject({ kind: 'rate-limit', retryable: true })
    expect(errorForHttpStatus(503)).toMatchObject({ kind: 'server', retryable: true })
    expect(errorForHttpStatus(599)).toMatchObject({ kind: 'server', retryable: true })
    expect(errorForHttpStatus(418)).toMatchObject({ kind: 'validation', retryable: false })
  })

  it('words timeouts in seconds', () => {
    expect(timeoutError(15_000).message).toBe('Thordata did not answer within 15 s. Try again in a moment.')
  })

  it('turns a lost answer to a change into "check before trying again"', () => {
    const error = outcomeUnknownError(timeoutError(15_000))
    expect(error.retryable).toBe(false)
    expect(error.message).toBe(
      'Thordata did not answer within 15 s. The change may or may not have been made: reload to check before trying again.',
    )
  })
})

describe("Thordata's own words for broad codes", () => {
  let held: SecretHold | null = null
  afterEach(() => held?.release())

  it('says which value Thordata refused on a 10000', () => {
    expect(errorForCode(10000, 'username format error').message).toBe(
      'Thordata rejected one of the values sent: "username format error". Check the form and try again.',
    )
  })

  it('keeps the plain sentence when Thordata sent nothing, or only repeated the code', () => {
    const plain = 'Thordata rejected one of the values sent. Check the form and try again.'
    expect(errorForCode(10000).message).toBe(plain)
    expect(errorForCode(10000, 'Parameter error.').message).toBe(plain)
    expect(errorForCode(10001, 'Unknown error').message).toBe(
      'Thordata did not accept that duration. Choose another period and try again.',
    )
  })

  it('quotes a 10001 too, since the docs disagree about what it means', () => {
    expect(errorForCode(10001, 'duration must be one of 7,30,90').message).toBe(
      'Thordata did not accept the request: "duration must be one of 7,30,90". Check the duration and the other values, then try again.',
    )
  })

  it('keeps the specific codes in their own words', () => {
    expect(errorForCode(10013, 'sign error, got tok-xyz').message).toBe(
      'Thordata rejected the token. Copy it again from Dashboard → My Account.',
    )
  })

  it('masks live secrets and credential-looking values in the quote, and keeps it to one short line', () => {
    held = holdSecrets('tokLIVE7c1e9a2b44d0')
    const error = errorForCode(10000, `bad param\n token=abc123 for TOKLIVE7C1E9A2B44D0 "x" ${'y'.repeat(400)}`)
    expect(error.message).not.toMatch(/abc123|toklive7c1e9a2b44d0|\n/i)
    expect(error.message).toContain("bad param token=[redacted] for [redacted] 'x' yyy")
    expect(error.message.length).toBeLessThan(220)
    expect(error.message).toMatch(/…". Check the form and try again\.$/)
  })
})

describe('payload codes are not HTTP statuses', () => {
  const envelopeError = (status: number, body: object) => {
    try {
      readEnvelope(status, JSON.stringify(body), (text) => text)
    } catch (failure) {
      return (failure as { error: import('@shared/errors').AppError }).error
    }
    throw new Error('expected a failure')
  }

  it('a payload 402 "Insufficient balance" is a final answer in Thordata\'s words, not a rate limit', () => {
    const error = envelopeError(200, { code: 402, msg: 'Insufficient balance', data: null })
    expect(error).toMatchObject({ kind: 'server', code: 402, retryable: false })
    expect(error.message).toContain('"Insufficient balance"')
    expect(isRetryableForGet(error)).toBe(false)
  })

  it('the same payload code wins over an HTTP 402 status carrying it', () => {
    const error = envelopeError(402, { code: 402, msg: 'Insufficient balance' })
    expect(error.kind).not.toBe('rate-limit')
    expect(isRetryableForGet(error)).toBe(false)
  })

  it('HTTP 402 and 429 without a payload code are rate limits that back off at least 2 s', () => {
    for (const status of [402, 429]) {
      const error = envelopeError(status, {})
      expect(error).toMatchObject({ kind: 'rate-limit', code: status, retryable: true })
      expect(isRetryableForGet(error)).toBe(true)
      expect(backoffDelay(0, error, () => 0)).toBe(2_000)
    }
  })

  it('only the documented rate-limit payload codes back off', () => {
    expect(backoffDelay(0, errorForCode(10011), () => 0)).toBe(2_000)
    expect(backoffDelay(0, errorForCode(111), () => 0)).toBe(2_000)
    expect(backoffDelay(0, errorForHttpStatus(503), () => 0)).toBe(500)
    for (const code of [402, 429, 500, 503]) {
      const error = errorForCode(code, 'something')
      expect(error).toMatchObject({ kind: 'server', retryable: false })
      expect(isRetryableForGet(error)).toBe(false)
    }
  })

  it('an HTTP 5xx or an unreadable reply is still retried for a GET', () => {
    expect(isRetryableForGet(errorForHttpStatus(502))).toBe(true)
    expect(isRetryableForGet(envelopeError(200, { nothing: true }))).toBe(true)
    expect(isRetryableForGet(errorForCode(10009))).toBe(false)
  })
})
