import type { AppError } from '@shared/errors'
import { AppErrorException } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import type { ApiCredentials } from '../credentials/types'
import { createMemoryLogger } from '../log/logger'
import { defaultThordataConfig } from './config'
import { createTransport } from './transport'

const creds: ApiCredentials = { token: 'tok-SECRET-1234', key: 'key-SECRET-5678', accountName: 'acme' }
const MAIN = 'https://openapi.test/api'
const FALLBACK = 'https://api.test/api'

function setup(answer: (url: URL) => Response | Promise<Response>) {
  const seen: string[] = []
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input))
    seen.push(`${init.method ?? 'GET'} ${url.host}`)
    return answer(url)
  }
  const transport = createTransport({
    config: () => ({ ...defaultThordataConfig, baseUrls: [MAIN, FALLBACK] }),
    credentials: async () => creds,
    fetch: fetch as typeof globalThis.fetch,
    sleep: async () => {},
    random: () => 0.5,
    log: createMemoryLogger(),
  })
  return { transport, seen }
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

/** What Electron 45's net.fetch does with a 3xx under `redirect: 'manual'` (electron/electron#43715). */
const electronRedirect = async (): Promise<Response> => {
  throw new Error('Redirect was cancelled')
}

describe('Electron’s fetch refusing a redirect', () => {
  it('a GET is attempted once, not retried on either host, and reports the redirect without naming a host', async () => {
    const { transport, seen } = setup(electronRedirect)
    const error = await failure(transport.get('/account/wallet-balance'))
    expect(seen).toEqual(['GET openapi.test'])
    expect(error).toMatchObject({ kind: 'server', retryable: false })
    expect(error.message).toContain("Thordata's API address answered with a redirect, which the app does not follow")
    expect(error.message).not.toMatch(/openapi\.test|api\.test/)
  })

  it('a POST reports the redirect, not an interrupted connection, and is sent once', async () => {
    const { transport, seen } = setup(electronRedirect)
    const error = await failure(transport.post('/proxy-users/create-user', { username: 'shop01' }))
    expect(seen).toEqual(['POST openapi.test'])
    expect(error.message).toContain('answered with a redirect')
    expect(error.message).toContain('reload to check')
    expect(error.message).not.toContain('interrupted')
  })

  it('recognises the refusal wrapped as the cause of another error', async () => {
    const { transport, seen } = setup(async () => {
      throw new TypeError('fetch failed', { cause: new Error('net: redirect was cancelled') })
    })
    expect((await failure(transport.get('/account/wallet-balance'))).message).toContain('answered with a redirect')
    expect(seen).toHaveLength(1)
  })
})

describe('an HTTP 404 that carries a Thordata payload code', () => {
  const thordata404 = () => new Response(JSON.stringify({ code: 404, msg: 'user not found' }), { status: 404 })

  it('is Thordata’s answer: a POST is not passed to the next host', async () => {
    const { transport, seen } = setup(thordata404)
    expect(await failure(transport.post('/proxy-users/delete-user', { username: 'shop01' }))).toMatchObject({
      code: 404,
    })
    expect(seen).toEqual(['POST openapi.test'])
  })

  it('is Thordata’s answer: a GET is not retried on the next host', async () => {
    const { transport, seen } = setup(thordata404)
    expect(await failure(transport.get('/account/wallet-balance'))).toMatchObject({ code: 404 })
    expect(seen).toEqual(['GET openapi.test'])
  })

  it('while a plain 404 page still moves on to the next host', async () => {
    const { transport, seen } = setup((url) =>
      url.host === 'openapi.test'
        ? new Response('<h1>404</h1>', { status: 404 })
        : new Response(JSON.stringify({ code: 200, data: { balance: 3 } })),
    )
    await expect(transport.post('/proxy-users/delete-user', { username: 'shop01' })).resolves.toEqual({ balance: 3 })
    expect(seen).toEqual(['POST openapi.test', 'POST api.test'])
  })
})
