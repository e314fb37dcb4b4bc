import { describe, expect, it } from 'vitest'
import { errorForCode, errorForHttpStatus, errorTable, outcomeUnknownError, timeoutError } from './errors'

const documented = [
  ...Array.from({ length: 22 }, (_, i) => 10000 + i),
  111,
  114,
  117,
  118,
  121,
  400,
  401,
  402,
  403,
  404,
  422,
  429,
  500,
  502,
  503,
  504,
]

describe('error table', () => {
  it.each(documented)('has plain words for code %i', (code) => {
    expect(errorTable[code]).toBeDefined()
    const error = errorForCode(code)
    expect(error.code).toBe(code)
    expect(error.message).toMatch(/^[A-Z].*\.$/)
    expect(error.message).not.toMatch(/undefined|null|\[object/)
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

  it('is honest about codes it does not know', () => {
    const error = errorForCode(424242, 'strange')
    expect(error).toMatchObject({ kind: 'server', code: 424242, retryable: false })
    expect(error.message).toContain('424242')
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
