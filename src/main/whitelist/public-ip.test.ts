import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AppErrorException } from '@shared/errors'
import { afterEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../simulator'
import { lookUpPublicIp } from './public-ip'

let sim: Simulator | null = null
let closeServer: (() => Promise<void>) | null = null
afterEach(async () => {
  await sim?.close()
  await closeServer?.()
  sim = null
  closeServer = null
})

/** A lookup service on loopback that answers with `body` (or never, for 'hang'). */
async function service(body: string | 'hang', status = 200): Promise<string> {
  const server = createServer((_req, res) => {
    if (body === 'hang') return
    res.writeHead(status, { 'content-type': 'text/plain' }).end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  closeServer = () => {
    server.closeAllConnections()
    return new Promise((done) => server.close(() => done()))
  }
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppErrorException ? error.appError : error),
  )

describe('public IP lookup', () => {
  it('reads the JSON answer of the simulator (as of ipify)', async () => {
    sim = await startSimulator()
    const found = await lookUpPublicIp({ url: () => (sim as Simulator).publicIpUrl })
    expect(found).toEqual({ ip: sim.state.publicIp, source: new URL(sim.publicIpUrl).host })
  })

  it('reads a plain-text answer, IPv6 included', async () => {
    const url = await service('2001:db8::42\n')
    expect((await lookUpPublicIp({ url: () => url })).ip).toBe('2001:db8::42')
  })

  it('says which service answered with something that is not an IP', async () => {
    const url = await service('<html>captive portal</html>')
    expect(await failure(lookUpPublicIp({ url: () => url }))).toMatchObject({
      kind: 'network',
      message: expect.stringMatching(/127\.0\.0\.1:\d+ answered with something that is not an IP address/),
      retryable: false,
    })
  })

  it('says when the service fails, refuses or does not answer in time', async () => {
    const broken = await service('oops', 503)
    expect(await failure(lookUpPublicIp({ url: () => broken }))).toMatchObject({
      message: expect.stringContaining('HTTP 503'),
    })
    await closeServer?.()
    closeServer = null

    expect(await failure(lookUpPublicIp({ url: () => 'http://127.0.0.1:9/' }))).toMatchObject({
      message: expect.stringContaining('cannot be reached'),
      retryable: true,
    })

    const slow = await service('hang')
    expect(await failure(lookUpPublicIp({ url: () => slow, timeoutMs: 200 }))).toMatchObject({
      message: expect.stringContaining('did not answer within'),
    })
  })
})
