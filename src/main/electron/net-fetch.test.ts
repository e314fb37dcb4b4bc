import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import { AppErrorException } from '@shared/errors'
import type { ClientRequest, ClientRequestConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { defaultThordataConfig } from '../thordata/config'
import { createTransport } from '../thordata/transport'
import { createNetFetch } from './net-fetch'

/**
 * A stand-in for Electron's ClientRequest with the events net.request emits. `script` decides what the "server"
 * does once the request is ended: answer, redirect (which Chromium holds until followRedirect() — never called
 * here — and then kills the request with "Redirect was cancelled"), or fail.
 */
type Script = (req: FakeRequest) => void

class FakeRequest extends EventEmitter {
  headers: Record<string, string> = {}
  written = ''
  ended = false
  aborted = false
  constructor(
    readonly options: ClientRequestConstructorOptions,
    private readonly script: Script,
  ) {
    super()
  }
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value
  }
  write(chunk: string) {
    this.written += chunk
  }
  end() {
    this.ended = true
    queueMicrotask(() => this.script(this))
  }
  abort() {
    this.aborted = true
  }
  answer(status: number, body: string, headers: Record<string, string | string[]> = {}) {
    const stream = Object.assign(new PassThrough(), { statusCode: status, statusMessage: 'OK', headers })
    this.emit('response', stream)
    stream.end(body)
  }
  redirect(status: number, location: string) {
    this.emit('redirect', status, this.options.method, location, { location: [location] })
    // Chromium cancels a redirect nobody followed.
    if (!this.aborted) this.emit('error', new Error('Redirect was cancelled'))
  }
}

function fakeNet(script: Script) {
  const requests: FakeRequest[] = []
  const request = (options: ClientRequestConstructorOptions) => {
    const req = new FakeRequest(options, script)
    requests.push(req)
    return req as unknown as ClientRequest
  }
  return { fetch: createNetFetch(request), requests }
}

describe('fetch over net.request', () => {
  it('sends the method, headers and body, and streams the answer back', async () => {
    const net = fakeNet((req) =>
      req.answer(200, '{"code":200,"data":{"ok":1}}', { 'content-type': 'application/json' }),
    )
    const response = await net.fetch('https://openapi.thordata.com/api/x', {
      method: 'POST',
      headers: { token: 't', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=2',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({ code: 200, data: { ok: 1 } })
    const [req] = net.requests
    expect(req.options).toMatchObject({ method: 'POST', url: 'https://openapi.thordata.com/api/x', redirect: 'manual' })
    expect(req.headers).toMatchObject({ token: 't' })
    expect(req.written).toBe('a=1&b=2')
  })

  it('answers a redirect as the 3xx it is, with where it points, and never follows it', async () => {
    const net = fakeNet((req) => req.redirect(302, 'https://collector.example/steal'))
    const response = await net.fetch('https://openapi.thordata.com/api/x')
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('https://collector.example/steal')
    expect(net.requests).toHaveLength(1)
    expect(net.requests[0].aborted).toBe(true)
  })

  it('passes network errors through, and aborts when the caller gives up', async () => {
    const failing = fakeNet((req) => req.emit('error', new Error('net::ERR_CONNECTION_REFUSED')))
    await expect(failing.fetch('https://openapi.thordata.com/api/x')).rejects.toThrow('net::ERR_CONNECTION_REFUSED')

    const hanging = fakeNet(() => undefined)
    const controller = new AbortController()
    const pending = hanging.fetch('https://openapi.thordata.com/api/x', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(hanging.requests[0].aborted).toBe(true)
  })

  it('lets the Thordata client refuse a redirect once, naming its target, on GET and POST', async () => {
    const net = fakeNet((req) => req.redirect(307, 'https://collector.example/api'))
    const transport = createTransport({
      config: () => ({
        ...defaultThordataConfig,
        baseUrls: ['https://openapi.thordata.com/api', 'https://api.thordata.com/api'],
      }),
      credentials: async () => ({ token: 'tok-abcdef', key: 'key-abcdef', accountName: 'acme' }),
      fetch: net.fetch,
      sleep: async () => undefined,
      log: createMemoryLogger(),
    })
    for (const call of [
      () => transport.get('/account/traffic-balance'),
      () => transport.post('/whitelisted-ips/add-ip'),
    ]) {
      net.requests.length = 0
      const failure = await call().catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(AppErrorException)
      const { appError } = failure as AppErrorException
      expect(appError).toMatchObject({ code: 307, retryable: false })
      expect(appError.message).toContain('https://collector.example')
      // Asked once, not retried on this host or the other.
      expect(net.requests).toHaveLength(1)
    }
  })
})
