import { performance } from 'node:perf_hooks'
import { AppErrorException } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import type { ApiCredentials } from '../credentials/types'
import { createMemoryLogger, liveSecretCount, redact } from '../log/logger'
import { defaultThordataConfig } from './config'
import { code, fakeFetch, ok, type Reply } from './testing/fake-fetch'
import { createTransport } from './transport'

/** The transport holds each call's token and key in the redactor for exactly as long as the call runs. */
const creds: ApiCredentials = { token: 'tokHELD5e2c9a71f0', key: 'keyHELD83b1d4', accountName: 'acme' }

function setup(replies: Reply[]) {
  const masked: boolean[] = []
  const { fetch } = fakeFetch(replies)
  const transport = createTransport({
    config: () => ({ ...defaultThordataConfig, baseUrls: ['https://primary.test/api'] }),
    credentials: async () => creds,
    fetch: async (input, init) => {
      masked.push(redact(`${creds.token} ${creds.key}`) === '[redacted] [redacted]')
      return fetch(input, init)
    },
    sleep: async () => undefined,
    random: () => 0,
    log: createMemoryLogger(),
  })
  return { transport, masked }
}

const unmasked = () => redact(creds.token) === creds.token && redact(creds.key) === creds.key

describe('per-call secrets', () => {
  it('masks a GET’s credentials through every retry, and forgets them when the call ends', async () => {
    const { transport, masked } = setup([{ status: 503, body: '' }, { status: 503, body: '' }, ok({ a: 1 })])
    await transport.get('/account/traffic-balance')
    expect(masked).toEqual([true, true, true])
    expect(unmasked()).toBe(true)
    expect(liveSecretCount()).toBe(0)
  })

  it('forgets the values of a refused call (a failed connect) and of a POST', async () => {
    const { transport, masked } = setup([code(10014, 'key error'), ok({})])
    await expect(transport.get('/account/traffic-balance')).rejects.toBeInstanceOf(AppErrorException)
    await transport.post('/proxy-users/delete-user', { username: 'shop01' })
    expect(masked).toEqual([true, true])
    expect(unmasked()).toBe(true)
    await transport.extractTarget()
    expect(liveSecretCount()).toBe(0)
  })

  it('after 2,000 refused connects, remembers none of their values and keeps log lines fast', async () => {
    const { fetch } = fakeFetch(() => code(10014, 'key error'))
    for (let i = 0; i < 2_000; i++) {
      const typed = { token: `tokTYPED${i}x9c2e4f7a`, key: i === 0 ? 'account' : `keyTYPED${i}`, accountName: 'acme' }
      const probe = createTransport({
        config: () => ({ ...defaultThordataConfig, baseUrls: ['https://primary.test/api'] }),
        credentials: async () => typed,
        fetch,
        log: createMemoryLogger(),
      })
      await expect(probe.get('/account/traffic-balance')).rejects.toBeInstanceOf(AppErrorException)
    }
    expect(liveSecretCount()).toBe(0)
    expect(redact('proxy user account created')).toBe('proxy user account created')
    const started = performance.now()
    for (let i = 0; i < 2_000; i++) redact(`[thordata] GET https://primary.test/api/x → HTTP 200 in ${i} ms`)
    expect((performance.now() - started) / 2_000).toBeLessThan(0.05)
  })
})
