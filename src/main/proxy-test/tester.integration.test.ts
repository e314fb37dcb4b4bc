import { createServer } from 'node:net'
import { defaultSettings } from '@shared/domain/settings'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { endpointDeps } from '../endpoints/deps'
import { DEMO_CREDENTIALS } from '../simulator'
import { startTestSimulator, type TestSimulator } from '../simulator/test-support'
import { createThordataClient } from '../thordata'
import { thordataConfigFromSettings } from '../thordata/config'
import { rejection } from '../thordata/testing/client'
import { createHandedOut } from './handed-out'
import { createProxyTestRunner } from './run'
import { readEcho, testThroughProxy } from './tester'
import { getThroughProxy } from './through-proxy'

let t: TestSimulator
let password: string
/** The injected clock: each reading moves it on by 21 ms, so a test's latency is exact. */
let clock: number
const now = () => {
  clock += 21
  return clock
}

beforeEach(async () => {
  t = await startTestSimulator()
  clock = 1000
  password = t.sim.state.proxyUsers[1].find((u) => u.username === 'shop01')?.password ?? ''
})
afterEach(() => t.close())

const residential = () => ({ host: '127.0.0.1', port: t.sim.proxy.ports.residential })
const asUser = (username: string, pass = password) => ({ ...residential(), credentials: { username, password: pass } })

describe('the proxy tester against the simulator forward proxy', () => {
  it('shows the exit IP, the country the username asked for, and the latency', async () => {
    const result = await testThroughProxy(asUser('td-customer-shop01-country-jp'), { echoUrl: t.sim.ipEchoUrl, now })
    expect(result).toEqual({
      exitIp: expect.stringMatching(/^198\.51\.100\.\d+$/),
      country: 'JP',
      latencyMs: 21,
      proxy: `127.0.0.1:${t.sim.proxy.ports.residential}`,
      echoSource: new URL(t.sim.ipEchoUrl).host,
      simulated: false,
      testedOver: 'http',
    })
  })

  it('also gets through a CONNECT tunnel', async () => {
    const outcome = await getThroughProxy(asUser('td-customer-shop01-country-br'), new URL(t.sim.ipEchoUrl), {
      timeoutMs: 2000,
      maxBytes: 1024,
      tunnel: true,
    })
    expect(outcome.kind).toBe('answer')
    expect(outcome.kind === 'answer' && readEcho(outcome.body)?.country).toBe('BR')
  })

  it('says the proxy refused the credentials on a 407, and never repeats the password', async () => {
    const error = await rejection(
      testThroughProxy(asUser('td-customer-shop01', 'Wrong123'), { echoUrl: t.sim.ipEchoUrl }),
    )
    expect(error).toMatchObject({ kind: 'auth', retryable: false, field: 'proxyTest' })
    expect(error.message).toMatch(/refused the credentials \(407\)/)
    expect(error.message).not.toContain('Wrong123')
    expect(error.message).not.toContain('td-customer')
  })

  it('says the computer is not whitelisted when an entry without credentials is refused', async () => {
    const error = await rejection(testThroughProxy(residential(), { echoUrl: t.sim.ipEchoUrl }))
    expect(error.message).toMatch(/not whitelisted for this product/)
  })

  it('gives up at the deadline when the proxy never answers', async () => {
    t.sim.proxy.faults.add({ kind: 'timeout' })
    const error = await rejection(
      testThroughProxy(asUser('td-customer-shop01'), { echoUrl: t.sim.ipEchoUrl, timeoutMs: 80 }),
    )
    expect(error).toMatchObject({ kind: 'network', retryable: true })
    expect(error.message).toBe(`The proxy 127.0.0.1:${t.sim.proxy.ports.residential} did not answer within 1 s.`)
  })

  it('says the connection was refused when nothing listens on the port', async () => {
    const server = createServer()
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    )
    await new Promise((resolve) => server.close(resolve))
    const error = await rejection(testThroughProxy({ host: '127.0.0.1', port }, { echoUrl: t.sim.ipEchoUrl }))
    expect(error.message).toBe(`The proxy 127.0.0.1:${port} refused the connection: nothing accepts connections there.`)
  })

  it('says the proxy closed the connection on a reset, and names the status of a proxy error page', async () => {
    t.sim.proxy.faults.add({ kind: 'reset', times: 1 })
    expect(
      (await rejection(testThroughProxy(asUser('td-customer-shop01'), { echoUrl: t.sim.ipEchoUrl }))).message,
    ).toMatch(/closed the connection before answering/)
    t.sim.proxy.faults.add({ kind: 'http-error', status: 502, times: 1 })
    expect(
      (await rejection(testThroughProxy(asUser('td-customer-shop01'), { echoUrl: t.sim.ipEchoUrl }))).message,
    ).toMatch(/answered HTTP 502 instead of passing the request on/)
  })
})

describe('reading the echo', () => {
  it('reads ipinfo, ip-api, httpbin and plain-text answers', () => {
    expect(readEcho('{"ip":"203.0.113.9","country":"de"}')).toEqual({ ip: '203.0.113.9', country: 'DE' })
    expect(readEcho('{"query":"203.0.113.9","countryCode":"US"}')).toEqual({ ip: '203.0.113.9', country: 'US' })
    expect(readEcho('{"origin":"2001:db8::1"}')).toEqual({ ip: '2001:db8::1', country: null })
    expect(readEcho('203.0.113.9\n')).toEqual({ ip: '203.0.113.9', country: null })
    expect(readEcho('<html>blocked</html>')).toBeNull()
    expect(readEcho('{"ip":"not an ip"}')).toBeNull()
    expect(readEcho('{"ip":"203.0.113.9","country":"Germany"}')).toEqual({ ip: '203.0.113.9', country: null })
  })
})

describe('proxy.test runner', () => {
  const client = () =>
    createThordataClient({
      config: () =>
        thordataConfigFromSettings({ ...defaultSettings, apiBaseUrl: t.sim.apiBaseUrl, fallbackApiBaseUrl: '' }),
      credentials: async () => DEMO_CREDENTIALS,
      sleep: async () => {},
    })
  const simulated = () => ({ host: '127.0.0.1', ports: t.sim.proxy.ports, ipEchoUrl: t.sim.ipEchoUrl })

  it('in demo mode, tests a generated endpoint through the simulator with the password main looked up', async () => {
    const run = createProxyTestRunner({
      endpoints: endpointDeps(client(), () => 'https://ipinfo.io/json'),
      echoUrl: () => 'https://ipinfo.io/json',
      simulator: simulated,
      now,
      handedOut: createHandedOut(),
    })
    const result = await run({
      kind: 'endpoint',
      endpoint: { product: 'residential', username: 'shop01', protocol: 'http', country: 'fr' },
    })
    expect(result).toMatchObject({
      country: 'FR',
      simulated: true,
      proxy: `127.0.0.1:${t.sim.proxy.ports.residential}`,
    })
  })

  it('in demo mode, tests an extract entry through the simulator, signed in by the whitelist', async () => {
    const run = createProxyTestRunner({
      endpoints: endpointDeps(client(), () => ''),
      echoUrl: () => 'https://ipinfo.io/json',
      simulator: simulated,
      handedOut: createHandedOut(),
    })
    const entry = { product: 'unlimited' as const, host: '45.76.1.2', port: 20001 }
    expect(await run({ kind: 'entry', entry })).toMatchObject({ exitIp: t.sim.state.publicIp, simulated: true })
    const refused = await rejection(run({ kind: 'entry', entry: { ...entry, product: 'residential' } }))
    expect(refused.message).toMatch(/not whitelisted/)
  })

  it('for an account, goes to the gateway host and port, and stays off the network where told to', async () => {
    const tried: string[] = []
    const handedOut = createHandedOut()
    const run = createProxyTestRunner({
      endpoints: endpointDeps(client(), () => ''),
      echoUrl: () => 'https://ipinfo.io/json',
      simulator: () => null,
      handedOut,
      allowHop: (hop) => {
        tried.push(`${hop.host}:${hop.port}`)
        return false
      },
    })
    const error = await rejection(
      run({ kind: 'endpoint', endpoint: { product: 'mobile', username: 'shop01', protocol: 'socks5h' } }),
    )
    // shop01 is a residential user: the mobile list has no such name, so nothing was tried.
    expect(error).toMatchObject({ kind: 'not-found', field: 'username' })
    expect(tried).toEqual([])
    await rejection(
      run({ kind: 'endpoint', endpoint: { product: 'residential', username: 'shop01', protocol: 'http' } }),
    )
    expect(tried).toEqual(['pr.thordata.net:9999'])

    // An extract entry is reached only once a link of that product handed it out: the window cannot name any host.
    const entry = { product: 'residential' as const, host: '10.0.0.5', port: 22 }
    expect(await rejection(run({ kind: 'entry', entry }))).toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/returned in this session/),
    })
    expect(tried).toEqual(['pr.thordata.net:9999'])
    handedOut.remember('residential', [{ host: '10.0.0.5', port: 22 }])
    await rejection(run({ kind: 'entry', entry }))
    expect(tried).toEqual(['pr.thordata.net:9999', '10.0.0.5:22'])
  })

  it('runs a bounded number of tests at once', async () => {
    t.sim.proxy.faults.add({ kind: 'latency', latencyMs: 150, times: 1 })
    const run = createProxyTestRunner({
      endpoints: endpointDeps(client(), () => ''),
      echoUrl: () => '',
      simulator: simulated,
      maxConcurrent: 1,
      handedOut: createHandedOut(),
    })
    const input = {
      kind: 'endpoint' as const,
      endpoint: { product: 'residential' as const, username: 'shop01', protocol: 'http' as const },
    }
    const first = run(input)
    const second = await rejection(run(input))
    expect(second).toMatchObject({
      kind: 'rate-limit',
      message: 'At most 1 tests run at a time: wait for one to finish.',
    })
    await first
  })
})
