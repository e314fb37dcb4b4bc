import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryLogger, forgetSecret, redact, registerSecret } from './logger'

describe('log redaction', () => {
  afterEach(() => forgetSecret('tok-3f9a8b7c6d5e'))

  it('masks credentials in query strings, JSON and headers', () => {
    expect(redact('GET /api/x?token=abc123&key=zzz999&proxy_type=1')).toBe(
      'GET /api/x?token=[redacted]&key=[redacted]&proxy_type=1',
    )
    expect(redact('{"password":"Pw123456","username":"shop01"}')).toBe('{"password":"[redacted]","username":"shop01"}')
    expect(redact('headers token: abc123, key: zzz')).toBe('headers token: [redacted], key: [redacted]')
  })

  it('masks a registered secret wherever it appears', () => {
    registerSecret('tok-3f9a8b7c6d5e')
    const log = createMemoryLogger()
    log.error('request failed', new Error('bad value tok-3f9a8b7c6d5e in header'))
    expect(log.lines[0]).toContain('[redacted]')
    expect(log.lines[0]).not.toContain('tok-3f9a8b7c6d5e')
  })
})
