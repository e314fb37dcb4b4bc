import type { AppError } from '@shared/errors'
import { AppErrorException } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import type { ApiCredentials } from '../credentials/types'
import { createMemoryLogger } from '../log/logger'
import { defaultThordataConfig, type ThordataConfig } from './config'
import { code, fakeFetch, ok, type Reply } from './testing/fake-fetch'
import { createTransport } from './transport'

const creds: ApiCredentials = { token: 'tok-SECRET-1234', key: 'key-SECRET-5678', accountName: 'acme' }
const PRIMARY = 'https://primary.test/api'
const FALLBACK = 'https://fallback.test/api'

function setup(replies: Reply[] | Parameters<typeof fakeFetch>[0], config: Partial<ThordataConfig> = {}) {
  const { fetch, seen } = fakeFetch(replies)
  const sleeps: number[] = []
  const log = createMemoryLogger()
  const transport = createTransport({
    config: () => ({ ...defaultThordataConfig, baseUrls: [PRIMARY, FALLBACK], ...config }),
    credentials: async () => creds,
    fetch,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    log,
  })
  return { transport, seen, sleeps, log }
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppErrorException) return error.appError
    throw error
  }
  throw new Error('expected the call to fail')
}

describe('auth placement', () => {
  it('sends token and key in the query and as headers on a GET, with the params in the query', async () => {
    const { transport, seen } = setup([ok({ x: 1 })])
    await expect(transport.get('/locations/countries', { proxy_type: 1 })).resolves.toEqual({ x: 1 })
    const [req] = seen
    expect(req.method).toBe('GET')
    expect(`${req.url.origin}${req.url.pathname}`).toBe('https://primary.test/api/locations/countries')
    expect(Object.fromEntries(req.url.searchParams)).toEqual({ proxy_type: '1', token: creds.token, key: creds.key })
    expect(req.headers.get('token')).toBe(creds.token)
    expect(req.headers.get('key')).toBe(creds.key)
  })

  it('sends a POST as a form body with token and key as headers (and in the query), not in the body', async () => {
    const { transport, seen } = setup([ok({})])
    await transport.post('/proxy-users/delete-user', { proxy_type: 2, username: 'shop01', skipped: undefined })
    const [req] = seen
    expect(req.method).toBe('POST')
    expect(req.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(req.headers.get('token')).toBe(creds.token)
    expect(req.headers.get('key')).toBe(creds.key)
    expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({ proxy_type: '2', username: 'shop01' })
    expect(Object.fromEntries(req.url.searchParams)).toEqual({ token: creds.token, key: creds.key })
  })

  it('reads the credentials and the config at the moment of each call', async () => {
    const { fetch, seen } = fakeFetch([ok(1), ok(2)])
    let current = creds
    let base = PRIMARY
    const transport = createTransport({
      config: () => ({ ...defaultThordataConfig, baseUrls: [base] }),
      credentials: async () => current,
      fetch,
      log: createMemoryLogger(),
    })
    await transport.get('/a')
    current = { ...creds, key: 'key-ROTATED-0000' }
    base = 'https://demo.test/api'
    await transport.get('/a')
    expect(seen[1].headers.get('key')).toBe('key-ROTATED-0000')
    expect(seen[1].url.host).toBe('demo.test')
  })
})

describe('envelope', () => {
  it('succeeds only on payload code 200, also when it arrives as a string', async () => {
    const { transport } = setup([{ json: { code: '200', data: [1, 2], msg: 'ok' } }])
    await expect(transport.get('/x')).resolves.toEqual([1, 2])
  })

  it('maps a payload error code even when the HTTP status is 200, and does not retry it', async () => {
    const { transport, seen } = setup([code(10013, 'sign error')])
    const error = await failure(transport.get('/x'))
    expect(error).toMatchObject({ kind: 'auth', code: 10013, field: 'token', retryable: false })
    expect(seen).toHaveLength(1)
  })

  it('lets the payload code win over the HTTP status', async () => {
    const { transport } = setup([{ status: 400, json: { code: 10018, msg: 'exists' } }])
    expect(await failure(transport.post('/x'))).toMatchObject({ code: 10018, field: 'username' })
  })

  it('falls back to the HTTP status when the body has no payload code', async () => {
    const { transport } = setup([{ status: 403, body: '<html>Forbidden</html>' }])
    expect(await failure(transport.get('/x'))).toMatchObject({ kind: 'auth', code: 403, retryable: false })
  })

  it.each([
    ['msg', { msg: 'odd thing' }],
    ['message', { message: 'odd thing' }],
    ['error', { error: 'odd thing' }],
    ['detail', { detail: 'odd thing' }],
    ['description', { description: 'odd thing' }],
  ])('quotes Thordata’s %s for an unknown code, with the code', async (_, fields) => {
    const { transport } = setup([{ json: { code: 12345, ...fields } }])
    const error = await failure(transport.get('/x'))
    expect(error.message).toContain('12345')
    expect(error.message).toContain('odd thing')
  })

  it('reads the doc-style body with trailing commas', async () => {
    const { transport } = setup([{ body: '{"code":200,"data":{"wallet_balance":125.5,},"msg":"ok",}' }])
    await expect(transport.get('/x')).resolves.toEqual({ wallet_balance: 125.5 })
  })
})

describe('GET retries', () => {
  it('waits at least ~2 s after 10011 and then succeeds', async () => {
    const { transport, seen, sleeps } = setup([code(10011), code(10011), ok('done')])
    await expect(transport.get('/x')).resolves.toBe('done')
    expect(seen).toHaveLength(3)
    expect(sleeps).toHaveLength(2)
    for (const ms of sleeps) expect(ms).toBeGreaterThanOrEqual(2000)
  })

  it('backs off exponentially on 5xx and gives up after maxGetRetries extra attempts', async () => {
    const { transport, seen, sleeps } = setup(() => ({ status: 503, body: 'down' }), { maxGetRetries: 3 })
    const error = await failure(transport.get('/x'))
    expect(error).toMatchObject({ kind: 'server', code: 503, retryable: true })
    expect(seen).toHaveLength(4)
    expect(sleeps).toHaveLength(3)
    expect(sleeps[1]).toBeGreaterThan(sleeps[0])
    expect(sleeps[2]).toBeGreaterThan(sleeps[1])
    // A 5xx is an answer: the same host is asked again, no failover.
    expect(new Set(seen.map((r) => r.url.host))).toEqual(new Set(['primary.test']))
  })

  it('retries an unreadable body', async () => {
    const { transport, seen } = setup([{ body: '{"code":200,"data":{' }, ok('fine')])
    await expect(transport.get('/x')).resolves.toBe('fine')
    expect(seen).toHaveLength(2)
  })

  it('moves to the fallback host at once when the primary refuses, and keeps using it', async () => {
    const { transport, seen, sleeps } = setup((req) =>
      req.url.host === 'primary.test' ? { fail: 'ECONNREFUSED' } : ok('from fallback'),
    )
    await expect(transport.get('/x')).resolves.toBe('from fallback')
    expect(seen.map((r) => r.url.host)).toEqual(['primary.test', 'fallback.test'])
    expect(sleeps).toHaveLength(0)
    await transport.get('/y')
    expect(seen.map((r) => r.url.host)).toEqual(['primary.test', 'fallback.test', 'fallback.test'])
  })

  it('reports a network error when no host can be reached', async () => {
    const { transport, seen } = setup(() => ({ fail: 'ECONNREFUSED' }), { maxGetRetries: 1 })
    const error = await failure(transport.get('/x'))
    expect(error).toMatchObject({ kind: 'network', retryable: true })
    expect(seen).toHaveLength(3)
  })

  it('does not retry an error that is the caller’s to fix', async () => {
    const { transport, seen } = setup([code(10021)])
    expect(await failure(transport.get('/x'))).toMatchObject({ field: 'from', retryable: false })
    expect(seen).toHaveLength(1)
  })
})

describe('timeouts', () => {
  it('gives up on a host that does not answer within timeoutMs', async () => {
    const { transport, seen } = setup(() => ({ hang: true }), { timeoutMs: 30, maxGetRetries: 0, baseUrls: [PRIMARY] })
    const started = Date.now()
    const error = await failure(transport.get('/x'))
    expect(Date.now() - started).toBeLessThan(1000)
    expect(error).toMatchObject({ kind: 'network', retryable: true })
    expect(error.message).toBe('Thordata did not answer within 30 ms. Try again in a moment.')
    expect(seen).toHaveLength(1)
  })

  it('tries the fallback after a timeout on the primary', async () => {
    const { transport } = setup((req) => (req.url.host === 'primary.test' ? { hang: true } : ok('late but fine')), {
      timeoutMs: 30,
    })
    await expect(transport.get('/x')).resolves.toBe('late but fine')
  })
})

describe('POSTs are sent once', () => {
  it.each([
    ['a 503', { status: 503, body: 'down' } as Reply],
    ['an unreadable body', { body: 'garbage' } as Reply],
    ['a dropped connection', { fail: 'ECONNRESET' } as Reply],
  ])('after %s: one request, one host, and no blind retry offered', async (_, reply) => {
    const { transport, seen, sleeps } = setup(() => reply)
    const error = await failure(transport.post('/unlimited/renew', { ins_id: 'ins-1', package_id: 6 }))
    expect(seen).toHaveLength(1)
    expect(sleeps).toHaveLength(0)
    expect(error.retryable).toBe(false)
    expect(error.message).toMatch(/may or may not have been made/)
  })

  it('after a timeout: one request and no blind retry offered', async () => {
    const { transport, seen } = setup(() => ({ hang: true }), { timeoutMs: 30 })
    const error = await failure(transport.post('/cdk/create', { flow: 1, num: 1 }))
    expect(seen).toHaveLength(1)
    expect(error).toMatchObject({ kind: 'network', retryable: false })
  })

  it('after 10011: one request; the user may simply try again', async () => {
    const { transport, seen } = setup(() => code(10011))
    expect(await failure(transport.post('/x'))).toMatchObject({ kind: 'rate-limit', retryable: true })
    expect(seen).toHaveLength(1)
  })

  it('after a refused connection: no failover, but a retry is safe because nothing was sent', async () => {
    const { transport, seen } = setup(() => ({ fail: 'ECONNREFUSED' }))
    expect(await failure(transport.post('/x'))).toMatchObject({ kind: 'network', retryable: true })
    expect(seen.map((r) => r.url.host)).toEqual(['primary.test'])
  })
})

describe('secrets', () => {
  it('keeps token and key out of errors and logs', async () => {
    const { transport, log } = setup([
      { json: { code: 99999, msg: `bad token ${creds.token} with key ${creds.key}` } },
      { fail: 'ECONNRESET' },
    ])
    const first = await failure(transport.get('/x'))
    const second = await failure(transport.post('/y', { password: 'Pw123456' }))
    const everything = [JSON.stringify(first), JSON.stringify(second), ...log.lines].join('\n')
    expect(log.lines.length).toBeGreaterThan(0)
    expect(everything).not.toContain(creds.token)
    expect(everything).not.toContain(creds.key)
    expect(everything).not.toContain('Pw123456')
    expect(log.lines.join('\n')).not.toContain('?')
  })
})

describe('extract links', () => {
  const parse = (body: string) => {
    if (body.includes('111'))
      throw new AppErrorException({ kind: 'rate-limit', code: 111, message: 'slow', retryable: true })
    if (body.includes('117')) throw new AppErrorException({ kind: 'auth', code: 117, message: 'ip', retryable: false })
    return body
  }

  it('sends no token or key and waits at least ~2 s after 111', async () => {
    const { transport, seen, sleeps } = setup([{ body: '111' }, { body: '1.2.3.4:1000' }])
    await expect(transport.getText('https://get-ip.test/api?td-customer=acme', parse)).resolves.toBe('1.2.3.4:1000')
    expect(sleeps[0]).toBeGreaterThanOrEqual(2000)
    expect(seen[0].headers.get('token')).toBeNull()
    expect(seen[0].url.searchParams.get('token')).toBeNull()
  })

  it('does not retry a whitelist refusal', async () => {
    const { transport, seen } = setup([{ body: '117' }])
    expect(await failure(transport.getText('https://get-ip.test/api', parse))).toMatchObject({ code: 117 })
    expect(seen).toHaveLength(1)
  })
})

describe('network error codes', () => {
  it("reads Node's codes and Electron net.fetch's Chromium errors alike", async () => {
    const { causeCode } = await import('./transport')
    expect(
      causeCode(new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) })),
    ).toBe('ECONNREFUSED')
    expect(causeCode(new Error('net::ERR_NAME_NOT_RESOLVED'))).toBe('net::ERR_NAME_NOT_RESOLVED')
  })
})
