import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSimulator } from './index'
import { startTestSimulator, type TestSimulator } from './test-support'

let t: TestSimulator
beforeEach(async () => {
  t = await startTestSimulator({ control: true })
})
afterEach(() => t.close())

const balance = () => t.get<{ traffic_balance: number }>('/account/traffic-balance')

/** The error fetch reports, with its cause's code when there is one (ECONNRESET…). */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const cause = (error as { cause?: { code?: string; name?: string } }).cause
    return cause?.code ?? (error as Error).name
  }
  return 'no failure'
}

describe('faults', () => {
  it("'code' answers HTTP 200 with the documented message, for `times` requests only", async () => {
    t.sim.faults.add({ kind: 'code', code: 10011, times: 2 })
    expect(await balance()).toEqual({ code: 10011, data: null, msg: 'Too many operations, please try again later' })
    expect((await t.get('/account/wallet-balance')).code).toBe(10011)
    expect(t.sim.faults.list()).toEqual([])
    expect((await balance()).code).toBe(200)
  })

  it('hits only paths containing `path`, and stays until cleared without `times`', async () => {
    t.sim.faults.add({ kind: 'code', code: 10013, path: '/account/traffic-balance' })
    expect((await balance()).code).toBe(10013)
    expect((await balance()).code).toBe(10013)
    expect((await t.get('/account/wallet-balance')).code).toBe(200)
    t.sim.faults.clear()
    expect((await balance()).code).toBe(200)
  })

  it("'http-error' answers the status with an HTML page", async () => {
    t.sim.faults.add({ kind: 'http-error', status: 502, times: 1 })
    const res = await fetch(`${t.sim.apiBaseUrl}/account/wallet-balance`)
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toBe('text/html')
    expect(await res.text()).toContain('502 Bad Gateway')
    t.sim.faults.add({ kind: 'http-error', times: 1 })
    expect((await fetch(`${t.sim.apiBaseUrl}/account/wallet-balance`)).status).toBe(500)
  })

  it("'malformed' answers 200 with a body that is not JSON", async () => {
    t.sim.faults.add({ kind: 'malformed', times: 1 })
    const res = await fetch(`${t.sim.apiBaseUrl}/account/wallet-balance`)
    expect(res.status).toBe(200)
    await expect(res.json()).rejects.toThrow(SyntaxError)
  })

  it("'reset' drops the connection without an answer", async () => {
    t.sim.faults.add({ kind: 'reset', times: 1 })
    expect(await failure(fetch(`${t.sim.apiBaseUrl}/account/wallet-balance`))).toBe('ECONNRESET')
    expect((await balance()).code).toBe(200)
  })

  it("'latency' delays, then answers normally", async () => {
    t.sim.faults.add({ kind: 'latency', latencyMs: 150, times: 1 })
    const started = performance.now()
    expect((await balance()).code).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })

  it("'timeout' never answers, and close() still returns promptly", async () => {
    t.sim.faults.add({ kind: 'timeout', path: '/whoami' })
    const held = fetch(t.sim.publicIpUrl, { signal: AbortSignal.timeout(150) })
    expect(await failure(held)).toBe('TimeoutError')
    const stillHeld = fetch(t.sim.publicIpUrl).catch(() => 'closed')
    await new Promise((resolve) => setTimeout(resolve, 30))
    const started = performance.now()
    await t.close()
    expect(performance.now() - started).toBeLessThan(500)
    expect(await stillHeld).toBe('closed')
  })

  it('never touches /__control', async () => {
    t.sim.faults.add({ kind: 'http-error' })
    const res = await fetch(`${t.sim.origin}/__control/state`)
    expect(res.status).toBe(200)
  })

  it('refuses a malformed fault', () => {
    expect(() => t.sim.faults.add({ kind: 'code' })).toThrow()
  })
})

describe('/__control', () => {
  const control = (path: string, method = 'GET', body?: unknown) =>
    fetch(`${t.sim.origin}/__control${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  it('adds, lists and clears faults over HTTP', async () => {
    expect((await control('/faults', 'POST', { kind: 'code', code: 10008, path: '/unlimited/renew' })).status).toBe(201)
    expect(t.sim.faults.list()).toEqual([{ kind: 'code', code: 10008, path: '/unlimited/renew' }])
    expect((await control('/faults', 'POST', { kind: 'explode' })).status).toBe(400)
    expect((await control('/faults', 'DELETE')).status).toBe(200)
    expect(t.sim.faults.list()).toEqual([])
  })

  it('reads the state as JSON and patches account-level fields', async () => {
    const state = await (await control('/state')).json()
    expect(state.walletBalance).toBe(125.5)
    expect(state.proxyUsers['1'].length).toBeGreaterThan(0)
    const patched = await control('/state', 'PATCH', {
      walletBalance: 3.5,
      publicIp: '198.51.100.200',
      trafficBalanceMb: 512,
    })
    expect(patched.status).toBe(200)
    expect((await t.get('/account/wallet-balance')).data).toEqual({ wallet_balance: 3.5 })
    expect((await balance()).data.traffic_balance).toBe(512)
    expect(await (await fetch(t.sim.publicIpUrl)).json()).toEqual({ ip: '198.51.100.200' })
    expect((await control('/state', 'PATCH', { publicIp: 'not-an-ip' })).status).toBe(400)
    expect((await control('/state', 'PATCH', { servers: [] })).status).toBe(400)
  })

  it('resets to the seeded state and clears faults', async () => {
    const seeded = JSON.stringify(t.sim.state)
    await t.post('/proxy-users/delete-user', { proxy_type: 1, username: 'shop01' })
    t.sim.state.walletBalance = 1
    t.sim.faults.add({ kind: 'code', code: 10011, path: '/nowhere' })
    expect((await control('/reset', 'POST')).status).toBe(200)
    expect(JSON.stringify(t.sim.state)).toBe(seeded)
    expect(t.sim.faults.list()).toEqual([])
    t.sim.state.walletBalance = 2
    t.sim.reset()
    expect(JSON.stringify(t.sim.state)).toBe(seeded)
  })

  it('is absent when started with control: false', async () => {
    const sim = await startSimulator({ control: false })
    try {
      expect((await fetch(`${sim.origin}/__control/state`)).status).toBe(404)
    } finally {
      await sim.close()
    }
  })
})
