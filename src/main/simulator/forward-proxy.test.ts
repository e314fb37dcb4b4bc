import { request } from 'node:http'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFaultRegistry } from './faults'
import { exitFor, type ForwardProxy, startForwardProxy } from './forward-proxy'
import { parseProxyUsername } from './proxy-username'
import { startTestSimulator, type TestSimulator } from './test-support'

let t: TestSimulator
let password: string

beforeEach(async () => {
  t = await startTestSimulator()
  password = t.sim.state.proxyUsers[1].find((u) => u.username === 'shop01')?.password ?? ''
})
afterEach(() => t.close())

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`

/** One raw proxy exchange: absolute-form GET, or CONNECT (then the GET inside the tunnel). */
function through(
  port: number,
  { auth, target = t.sim.ipEchoUrl, tunnel = false }: { auth?: string; target?: string; tunnel?: boolean },
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(target)
  const headers = auth ? { 'proxy-authorization': auth } : {}
  return new Promise((resolve, reject) => {
    if (!tunnel) {
      const req = request({ host: '127.0.0.1', port, path: url.href, headers: { ...headers, host: url.host } })
      req.on('response', (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      })
      req.on('error', reject)
      req.end()
      return
    }
    const req = request({ host: '127.0.0.1', port, method: 'CONNECT', path: url.host, headers })
    req.on('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy()
        return resolve({ status: res.statusCode ?? 0, body: '', headers: res.headers })
      }
      const inner = request({ path: url.pathname, headers: { host: url.host }, createConnection: () => socket })
      inner.on('response', (answer) => {
        let body = ''
        answer.on('data', (c) => (body += c))
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body, headers: answer.headers }))
      })
      inner.on('error', reject)
      inner.end()
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the simulator forward proxy', () => {
  it('answers the IP echo with the country the username asked for, by absolute-form and through CONNECT', async () => {
    const port = t.sim.proxy.ports.residential
    for (const tunnel of [false, true]) {
      const reply = await through(port, { auth: basic('td-customer-shop01-country-de-sessid-abc1', password), tunnel })
      expect(reply.status).toBe(200)
      const echo = JSON.parse(reply.body)
      expect(echo.country).toBe('DE')
      expect(echo.ip).toMatch(/^198\.51\.100\.\d+$/)
    }
    expect(t.sim.proxy.served()).toBe(2)
  })

  it('gives the same sticky session the same exit, and a different session another', () => {
    const a = exitFor(parseProxyUsername('td-customer-shop01-sessid-aaa') as never, '203.0.113.77')
    const again = exitFor(parseProxyUsername('td-customer-shop01-sessid-aaa') as never, '203.0.113.77')
    const b = exitFor(parseProxyUsername('td-customer-shop01-sessid-bbb') as never, '203.0.113.77')
    expect(again.ip).toBe(a.ip)
    expect(b.ip).not.toBe(a.ip)
    expect(exitFor(parseProxyUsername('td-customer-shop01-continent-eu') as never, '').country).toBe('DE')
  })

  it('asks for credentials (407) when they are missing, wrong, or name a user of another product', async () => {
    const port = t.sim.proxy.ports.residential
    // Without credentials the caller's IP must be whitelisted; the seed whitelists it for unlimited only.
    const bare = await through(port, {})
    expect(bare.status).toBe(407)
    expect(bare.headers['proxy-authenticate']).toMatch(/^Basic/)
    expect((await through(port, { auth: basic('td-customer-shop01', 'Wrong123') })).status).toBe(407)
    expect((await through(port, { auth: basic('shop01', password) })).status).toBe(407)
    expect((await through(port, { auth: basic('td-customer-shop01-sesstime-5', password) })).status).toBe(407)
    expect((await through(t.sim.proxy.ports.mobile, { auth: basic('td-customer-shop01', password) })).status).toBe(407)
    expect((await through(port, { auth: basic('td-customer-shop01', password), tunnel: true })).status).toBe(200)
    expect((await through(port, { auth: basic('td-customer-shop01', 'Wrong123'), tunnel: true })).status).toBe(407)
  })

  it('refuses a disabled proxy user', async () => {
    const user = t.sim.state.proxyUsers[1].find((u) => u.username === 'shop01')
    if (user) user.enabled = false
    expect((await through(t.sim.proxy.ports.residential, { auth: basic('td-customer-shop01', password) })).status).toBe(
      407,
    )
  })

  it('lets a whitelisted caller in without credentials', async () => {
    // The seed whitelists the caller's IP for unlimited.
    const reply = await through(t.sim.proxy.ports.unlimited, {})
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body).ip).toBe(t.sim.state.publicIp)
  })

  it('goes nowhere but its own IP echo', async () => {
    const auth = basic('td-customer-shop01', password)
    const port = t.sim.proxy.ports.residential
    expect((await through(port, { auth, target: 'http://example.com/ip-echo' })).status).toBe(502)
    expect((await through(port, { auth, target: `${t.sim.origin}/api/account/traffic-balance` })).status).toBe(502)
    expect((await through(port, { auth, target: 'http://example.com:80/', tunnel: true })).status).toBe(502)
  })
})

describe('the forward proxy bounds', () => {
  let proxy: ForwardProxy
  afterEach(() => proxy.close())

  it('serves a bounded number of requests in all, until reset', async () => {
    proxy = await startForwardProxy({ state: t.sim.state, faults: createFaultRegistry(), maxTotal: 2 })
    const auth = basic('td-customer-shop01', password)
    expect((await through(proxy.ports.residential, { auth })).status).toBe(200)
    expect((await through(proxy.ports.residential, { auth })).status).toBe(200)
    const third = await through(proxy.ports.residential, { auth })
    expect(third.status).toBe(503)
    expect(third.body).toMatch(/served its 2 requests/)
    proxy.reset()
    expect((await through(proxy.ports.residential, { auth })).status).toBe(200)
  })

  it('serves a bounded number at once', async () => {
    const faults = createFaultRegistry()
    proxy = await startForwardProxy({ state: t.sim.state, faults, maxConcurrent: 1 })
    faults.add({ kind: 'latency', latencyMs: 200, times: 1 })
    const auth = basic('td-customer-shop01', password)
    const slow = through(proxy.ports.residential, { auth })
    await new Promise((resolve) => setTimeout(resolve, 30))
    const busy = await through(proxy.ports.residential, { auth })
    expect(busy.status).toBe(503)
    expect(busy.body).toMatch(/at most 1 at a time/)
    expect((await slow).status).toBe(200)
  })

  it("listens on loopback only: the machine's other addresses get no answer", async () => {
    expect(t.sim.proxy.host).toBe('127.0.0.1')
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)
    if (!outside) return
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const socket = connect({ host: outside.address, port: t.sim.proxy.ports.residential })
      socket.on('connect', () => {
        socket.destroy()
        resolve(Object.assign(new Error('connected'), { code: 'CONNECTED' }))
      })
      socket.on('error', resolve)
    })
    expect(error.code).toBe('ECONNREFUSED')
  })
})

describe('proxy username grammar', () => {
  it('reads every segment', () => {
    expect(
      parseProxyUsername(
        'td-customer-shop01-continent-eu-country-de-state-bavaria-city-munich-asn-AS3320-sessid-x1-sesstime-30',
      ),
    ).toEqual({
      username: 'shop01',
      continent: 'eu',
      country: 'de',
      state: 'bavaria',
      city: 'munich',
      asn: 'AS3320',
      sessionId: 'x1',
      sessionMinutes: 30,
    })
  })

  it('says why a name is refused', () => {
    expect(parseProxyUsername('customer-shop01')).toEqual({ error: 'the username must start with td-customer-<user>' })
    expect(parseProxyUsername('td-customer-shop01-asn-AS1')).toEqual({ error: 'asn needs a country' })
    expect(parseProxyUsername('td-customer-shop01-sesstime-5')).toEqual({ error: 'sesstime needs a sessid' })
    expect(parseProxyUsername('td-customer-shop01-sessid-a-sesstime-91')).toEqual({
      error: 'sesstime must be 1–90 minutes',
    })
    expect(parseProxyUsername('td-customer-shop01-planet-mars')).toEqual({ error: 'unknown segment "planet"' })
    expect(parseProxyUsername('td-customer-shop01-country')).toEqual({ error: 'segment "country" has no value' })
  })
})
