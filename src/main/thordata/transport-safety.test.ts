import { credentialsInput } from '@shared/domain/session'
import { defaultSectionHosts } from '@shared/domain/settings'
import type { AppError } from '@shared/errors'
import { AppErrorException } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import type { ApiCredentials } from '../credentials/types'
import { translateIssue } from '../i18n'
import { createMemoryLogger } from '../log/logger'
import { countriesFor, statesOf } from '../simulator/state/geo'
import { DEFAULT_MAX_RESPONSE_BYTES, defaultThordataConfig, type ThordataConfig } from './config'
import { createTransport, type Timers } from './transport'

const creds: ApiCredentials = { token: 'tok-SECRET-1234', key: 'key-SECRET-5678', accountName: 'acme' }
const MAIN = 'https://openapi.test/api'
const FALLBACK = 'https://api.test/api'

interface Seen {
  method: string
  url: URL
  init: RequestInit
}

/** A transport over a fetch that answers with whole Responses, on a virtual clock the fake sleep and timers move. */
function setup(
  answer: (request: Seen, index: number) => Response | Promise<Response>,
  config: Partial<ThordataConfig> = {},
  credentials: ApiCredentials = creds,
) {
  const seen: Seen[] = []
  const timeouts: number[] = []
  let clock = 0
  const log = createMemoryLogger()
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const request = { method: init.method ?? 'GET', url: new URL(String(input)), init }
    seen.push(request)
    return answer(request, seen.length - 1)
  }
  // Every attempt timeout fires at once and counts as fully spent on the virtual clock.
  const timers: Timers = {
    setTimeout: (run, ms) =>
      timeouts.push(ms) &&
      setImmediate(() => {
        clock += ms
        run()
      }),
    clearTimeout: (handle) => clearImmediate(handle as NodeJS.Immediate),
  }
  const transport = createTransport({
    config: () => ({ ...defaultThordataConfig, baseUrls: [MAIN, FALLBACK], ...config }),
    credentials: async () => credentials,
    fetch: fetch as typeof globalThis.fetch,
    sleep: async (ms) => {
      clock += ms
    },
    now: () => clock,
    timers,
    random: () => 0.5,
    log,
  })
  return { transport, seen, log, timeouts, elapsed: () => clock }
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })
const redirect = (status: number, location: string) => new Response(null, { status, headers: { location } })
const hang = (request: Seen) =>
  new Promise<Response>((_, reject) =>
    request.init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  )

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppErrorException) return error.appError
    throw error
  }
  throw new Error('expected the call to fail')
}

describe('redirects are never followed', () => {
  it.each([301, 302, 303, 307, 308])('a GET answered %i fails once, naming only the host it pointed to', async (s) => {
    const { transport, seen } = setup(() => redirect(s, 'https://collector.example:8443/steal?token=x&key=y'))
    const error = await failure(transport.get('/account/wallet-balance'))
    expect(error).toMatchObject({ kind: 'server', code: s, retryable: false })
    expect(error.message).toContain('https://collector.example:8443')
    expect(error.message).not.toMatch(/steal|token=|key=y/)
    // No retry, no failover to the second host, and fetch was told not to follow.
    expect(seen).toHaveLength(1)
    expect(seen[0].init.redirect).toBe('manual')
  })

  it('a 302 on a POST is a failure, not a success, and nothing is sent again', async () => {
    const { transport, seen } = setup(() => redirect(302, '/api/login'))
    const error = await failure(transport.post('/proxy-users/create-user', { username: 'shop01' }))
    expect(error.kind).toBe('server')
    expect(error.message).toContain('redirect')
    expect(error.message).toContain('reload to check')
    expect(seen.map((r) => r.method)).toEqual(['POST'])
    expect(seen[0].init.redirect).toBe('manual')
  })

  it('reads Electron’s opaque-redirect answer (status 0, no Location) as a redirect too', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as unknown as Response
    const { transport, seen } = setup(() => opaque)
    const error = await failure(transport.post('/whitelisted-ips/add-ip', { ip: '198.51.100.1' }))
    expect(error).toMatchObject({ kind: 'server', retryable: false })
    expect(error.message).toContain("Thordata's API address answered with a redirect, which the app does not follow")
    expect(error.message).not.toContain('openapi.test')
    expect(seen).toHaveLength(1)
  })
})

describe('response size cap', () => {
  it('the default cap reads 50,000 cities in the simulator’s row format with room to spare', async () => {
    const rows = countriesFor(1).flatMap((country) =>
      statesOf(country).flatMap((state) =>
        state.cities.map((city) => ({
          country_code: country.code,
          country_name: country.name,
          state_code: state.code,
          state_name: state.name,
          city_code: city.code,
          city_name: city.name,
        })),
      ),
    )
    const fifty = Array.from({ length: 50_000 }, (_, i) => rows[i % rows.length])
    const text = JSON.stringify({ code: 200, data: fifty, msg: 'ok' })
    expect(Buffer.byteLength(text) * 3).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES)
    const { transport } = setup(() => new Response(text))
    await expect(transport.get('/locations/cities')).resolves.toHaveLength(50_000)
  })

  const cap = 1024
  const frame = '{"code":200,"data":""}'
  const body = (bytes: number) => `{"code":200,"data":"${'x'.repeat(bytes - frame.length)}"}`

  it('reads a body right at the cap', async () => {
    const { transport } = setup(() => new Response(body(cap)), { maxResponseBytes: cap })
    await expect(transport.get('/locations/cities')).resolves.toHaveLength(cap - frame.length)
  })

  it('stops reading a streamed body past the cap, says so, and does not ask again', async () => {
    const stream = () =>
      new ReadableStream({
        pull(controller) {
          controller.enqueue(new TextEncoder().encode('{"code":200,"data":['.padEnd(600, ' ')))
        },
      })
    const { transport, seen } = setup(() => new Response(stream()), { maxResponseBytes: cap })
    const error = await failure(transport.get('/locations/cities'))
    expect(error).toMatchObject({ kind: 'server', retryable: false })
    expect(error.message).toContain('larger than 1 KB')
    expect(seen).toHaveLength(1)
  })

  it('refuses a declared Content-Length over the cap; for a POST the user is told to check first', async () => {
    const big = () => new Response(body(cap + 1), { headers: { 'content-length': String(cap + 1) } })
    const { transport, seen } = setup(big, { maxResponseBytes: cap })
    const error = await failure(transport.post('/cdk/create', { count: 1 }))
    expect(error.retryable).toBe(false)
    expect(error.message).toMatch(/larger than 1 KB.*may or may not have been made/)
    expect(seen).toHaveLength(1)
  })
})

describe('one deadline per GET', () => {
  it('a hanging API fails within the deadline, with attempt timeouts clipped to what is left', async () => {
    const { transport, seen, elapsed } = setup(hang, { timeoutMs: 15_000, deadlineMs: 30_000, maxGetRetries: 10 })
    const error = await failure(transport.get('/account/traffic-balance'))
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(/^Thordata did not answer within 30 s \(\d attempts\)/)
    expect(elapsed()).toBeLessThanOrEqual(30_000)
    // Both hosts tried once (15 s each) and nothing more fits: the old policy would have taken 4 × 15 s.
    expect(seen.map((r) => r.url.host)).toEqual(['openapi.test', 'api.test'])
  })

  it('the last attempt gets only what is left of the deadline', async () => {
    const { transport, timeouts, elapsed } = setup(hang, {
      baseUrls: [MAIN],
      timeoutMs: 12_000,
      deadlineMs: 30_000,
      maxGetRetries: 10,
    })
    expect((await failure(transport.get('/account/traffic-balance'))).message).toContain('within 30 s (3 attempts)')
    // 12 s, backoff 625 ms, 12 s, backoff 1,125 ms, then the 4,250 ms that remain.
    expect(timeouts).toEqual([12_000, 12_000, 4_250])
    expect(elapsed()).toBe(30_000)
  })

  it('does not start a backoff wait that would end past the deadline', async () => {
    const { transport, seen, elapsed } = setup(() => new Response('down', { status: 503 }), {
      baseUrls: [MAIN],
      deadlineMs: 1_000,
      maxGetRetries: 5,
    })
    const error = await failure(transport.get('/account/wallet-balance'))
    expect(error).toMatchObject({ kind: 'server', code: 503 })
    expect(elapsed()).toBeLessThanOrEqual(1_000)
    expect(seen).toHaveLength(2)
  })
})

describe('the envelope code', () => {
  it.each([['"abc"'], ['true'], ['{}'], ['null'], ['[200]']])(
    'code %s is a malformed reply, not success',
    async (c) => {
      const { transport } = setup(() => new Response(`{"code":${c},"data":{"balance":1},"msg":"ok"}`), {
        maxGetRetries: 0,
      })
      const error = await failure(transport.get('/account/wallet-balance'))
      expect(error.kind).toBe('server')
      expect(error.message).toContain('could not read (the code is not a number)')
    },
  )

  it('a numeric string still counts', async () => {
    const { transport } = setup(() => json({ code: ' 200 ', data: 7 }))
    await expect(transport.get('/account/wallet-balance')).resolves.toBe(7)
  })
})

describe('credentials that cannot go into a header', () => {
  it.each([
    ['key', { ...creds, key: 'key-SECRET-€uro' }],
    ['token', { ...creds, token: 'tok-😀-1234' }],
    ['key', { ...creds, key: 'key\nInjected: 1' }],
  ])('are refused before anything is sent (%s), not reported as a lost connection', async (field, bad) => {
    const { transport, seen } = setup(() => json({ code: 200, data: 1 }), {}, bad)
    for (const call of [transport.get('/account/wallet-balance'), transport.post('/cdk/create')]) {
      const error = await failure(call)
      expect(error).toMatchObject({ kind: 'auth', field, retryable: false })
      expect(error.message).toContain('cannot be sent')
    }
    expect(seen).toHaveLength(0)
  })

  it('are refused when typed, with the reason on the field', () => {
    const result = credentialsInput.safeParse({ token: 'tok-1234', key: 'ключ-5678', accountName: 'acme' })
    expect(result.success).toBe(false)
    const issue = result.error?.issues.find((i) => i.path[0] === 'key')
    // The schema carries a catalog key; the dispatcher and the form show it translated.
    expect(translateIssue(issue?.message ?? '')).toMatch(/character .* cannot be sent/)
    expect(credentialsInput.safeParse({ token: 'tok-1234', key: 'key-5678', accountName: 'acme' }).success).toBe(true)
  })
})

describe('hosts per section', () => {
  const okReply = () => json({ code: 200, data: { lists: [] } })

  it.each([
    ['/whitelisted-ips/ip-list', 'api.test'],
    ['/cdk/list', 'api.test'],
    ['/account/wallet-balance', 'openapi.test'],
    ['/locations/countries', 'openapi.test'],
    ['/proxy-users/user-list', 'openapi.test'],
    ['/proxy/proxy-list', 'openapi.test'],
    ['/unlimited/server-list', 'openapi.test'],
  ])('%s goes first to %s by default (reference §1.3, §12)', async (path, host) => {
    const { transport, seen } = setup(okReply)
    await transport.get(path)
    expect(seen[0].url.host).toBe(host)
  })

  it('follows the per-section setting, for GET and POST alike', async () => {
    const sectionHosts = { ...defaultSectionHosts, whitelist: 'main' as const, account: 'fallback' as const }
    const { transport, seen } = setup(okReply, { sectionHosts })
    await transport.post('/whitelisted-ips/add-ip', { ip: '198.51.100.1' })
    await transport.get('/account/wallet-balance')
    expect(seen.map((r) => r.url.host)).toEqual(['openapi.test', 'api.test'])
  })

  it('a POST answered with a plain 404 moves to the next host, once, because nothing was applied', async () => {
    const { transport, seen } = setup((_, i) => (i === 0 ? new Response('<h1>404</h1>', { status: 404 }) : okReply()))
    await expect(transport.post('/cdk/create', { count: 1 })).resolves.toEqual({ lists: [] })
    expect(seen.map((r) => `${r.method} ${r.url.host}`)).toEqual(['POST api.test', 'POST openapi.test'])
  })

  it('reports the 404 only when every host gives it, each asked once', async () => {
    const { transport, seen } = setup(() => new Response('Not Found', { status: 404 }))
    expect(await failure(transport.get('/whitelisted-ips/ip-list'))).toMatchObject({ kind: 'not-found', code: 404 })
    expect(await failure(transport.post('/whitelisted-ips/add-ip'))).toMatchObject({ kind: 'not-found', code: 404 })
    expect(seen.map((r) => `${r.method} ${r.url.host}`)).toEqual([
      'GET api.test',
      'GET openapi.test',
      'POST api.test',
      'POST openapi.test',
    ])
  })

  it('a 404 that carries a Thordata code is Thordata’s answer and is not sent elsewhere', async () => {
    const { transport, seen } = setup(() => json({ code: 10020, msg: 'no such user' }, 404))
    expect(await failure(transport.post('/proxy-users/delete-user'))).toMatchObject({ code: 10020 })
    expect(seen).toHaveLength(1)
  })
})
