import { performance } from 'node:perf_hooks'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryLogger, holdSecrets, liveSecretCount, redact, type SecretHold } from './logger'

const TOKEN = 'tok3f9a8b7c6d5e41'
const holds: SecretHold[] = []
const hold = (...values: string[]) => {
  const held = holdSecrets(...values)
  holds.push(held)
  return held
}

afterEach(() => {
  for (const held of holds.splice(0)) held.release()
})

function encodings(secret: string): string[] {
  const b64 = (text: string) => Buffer.from(text).toString('base64')
  const b64url = (text: string) => Buffer.from(text).toString('base64url')
  return [
    secret.toUpperCase(),
    secret.toLowerCase(),
    encodeURIComponent(secret),
    encodeURIComponent(secret).toLowerCase(),
    new URLSearchParams({ s: secret }).toString().slice(2),
    b64(secret),
    b64url(secret),
    b64(secret.toUpperCase()),
    b64url(secret.toLowerCase()),
    // Embedded in a longer encoding, at each of the three alignments (HTTP Basic auth, a JWT-ish blob…).
    b64(`user:${secret}`),
    b64(`x${secret}!`),
    b64url(`xy${secret}?`),
  ]
}

describe('log redaction', () => {
  it('masks credentials in query strings, JSON and headers', () => {
    expect(redact('GET /api/x?token=abc123&key=zzz999&proxy_type=1')).toBe(
      'GET /api/x?token=[redacted]&key=[redacted]&proxy_type=1',
    )
    expect(redact('{"password":"Pw123456","username":"shop01"}')).toBe('{"password":"[redacted]","username":"shop01"}')
    expect(redact('headers token: abc123, key: zzz')).toBe('headers token: [redacted], key: [redacted]')
    // The ISP list's other spelling (`user`/`pwd`, reference §6.1).
    expect(redact('{"ip":"198.51.100.20","user":"isp_u1","pwd":"isp_p1"}')).toBe(
      '{"ip":"198.51.100.20","user":"isp_u1","pwd":"[redacted]"}',
    )
  })

  it('masks a held secret wherever it appears', () => {
    hold(TOKEN)
    const log = createMemoryLogger()
    log.error('request failed', new Error(`bad value ${TOKEN} in header`))
    expect(log.lines[0]).toContain('[redacted]')
    expect(log.lines[0]).not.toContain(TOKEN)
  })

  it('masks the held secrets in any letter case, URL-encoded and base64 / base64url-encoded', () => {
    const key = 'k8Zq/2Lm+N4p R7t=V1&x'
    hold(TOKEN, key)
    for (const secret of [TOKEN, key]) {
      for (const form of encodings(secret)) {
        const line = redact(`value=[${form}]`)
        expect(line, form).not.toContain(form)
        // Whatever is left of an embedded encoding (its edges) is too short to decode the secret back.
        expect(line.replace(/\[redacted\]/g, '').length, form).toBeLessThan(`value=[]`.length + 12)
      }
    }
  })

  it('forgets a secret once it is released', () => {
    const held = hold(TOKEN)
    expect(redact(`x ${TOKEN}`)).toBe('x [redacted]')
    held.release()
    expect(redact(`x ${TOKEN}`)).toBe(`x ${TOKEN}`)
    held.release()
    expect(liveSecretCount()).toBe(0)
  })

  it('counts holders, so one holder letting go does not unmask the other’s value', () => {
    const session = hold(TOKEN)
    const call = hold(TOKEN)
    call.release()
    call.release()
    expect(redact(TOKEN)).toBe('[redacted]')
    session.release()
    expect(redact(TOKEN)).toBe(TOKEN)
  })

  it('does not mask a word typed into a failed connect afterwards, nor words too short to be secrets', () => {
    hold('account', 'key').release()
    hold('abc')
    expect(redact('proxy user account created with key abc')).toBe('proxy user account created with key abc')
  })

  it('stays fast after 2,000 failed connects', () => {
    const lines = Array.from(
      { length: 5_000 },
      (_, i) => `[thordata] GET https://api.thordata.com/api/x → HTTP 200 in ${i} ms`,
    )
    const perLine = () => {
      const started = performance.now()
      for (const line of lines) redact(line)
      return (performance.now() - started) / lines.length
    }
    for (let i = 0; i < 2_000; i++) holdSecrets(`tok-failed-${i}-9c2e4f7a1b`, `key-failed-${i}-77`).release()
    hold(TOKEN, 'k8Zq2LmN4pR7tV1xW6yB')
    perLine() // warm the matcher up
    const cost = perLine()
    expect(liveSecretCount()).toBe(2)
    expect(cost).toBeLessThan(0.05)
    expect(redact(`a tok-failed-1999-9c2e4f7a1b ${TOKEN}`)).toBe('a tok-failed-1999-9c2e4f7a1b [redacted]')
  })
})
