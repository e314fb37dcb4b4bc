import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from './demo-credentials'
import { faultSchema } from './faults'
import { startTestSimulator, type TestSimulator } from './test-support'

let t: TestSimulator
beforeEach(async () => {
  t = await startTestSimulator()
})
afterEach(() => t.close())

const auth = `token=${DEMO_CREDENTIALS.token}&key=${DEMO_CREDENTIALS.key}`

describe('simulator: the faults a hostile or half-configured host produces', () => {
  it('redirect: the 3xx and Location it was given, or one to another host name for this same server', async () => {
    t.sim.faults.add({ kind: 'redirect', status: 307, location: 'https://elsewhere.example/x', times: 1 })
    t.sim.faults.add({ kind: 'redirect', times: 1 })
    const given = await fetch(`${t.sim.apiBaseUrl}/account/wallet-balance?${auth}`, { redirect: 'manual' })
    expect([given.status, given.headers.get('location')]).toEqual([307, 'https://elsewhere.example/x'])
    const fallback = await fetch(`${t.sim.apiBaseUrl}/account/wallet-balance?${auth}`, { redirect: 'manual' })
    expect(fallback.status).toBe(302)
    expect(fallback.headers.get('location')).toMatch(/^http:\/\/localhost:\d+\/landed\/api\/account\/wallet-balance/)
  })

  it('oversized: a 200 that streams at least the bytes asked for, as valid-looking JSON', async () => {
    t.sim.faults.add({ kind: 'oversized', bytes: 300_000, times: 1 })
    const response = await fetch(`${t.sim.apiBaseUrl}/locations/cities?${auth}`)
    expect(response.headers.get('content-length')).toBeNull()
    const text = await response.text()
    expect(text.length).toBeGreaterThanOrEqual(300_000)
    expect(JSON.parse(text)).toMatchObject({ code: 200 })
  })

  it('not-found: a plain 404 without an envelope, only on the host the path names', async () => {
    t.sim.faults.add({ kind: 'not-found', path: '/alt/api/' })
    const alt = await fetch(`${t.sim.altApiBaseUrl}/account/wallet-balance?${auth}`)
    expect(alt.status).toBe(404)
    expect(await alt.text()).not.toContain('"code"')
    const main = await fetch(`${t.sim.apiBaseUrl}/account/wallet-balance?${auth}`)
    expect((await main.json()).code).toBe(200)
  })

  it('counts every API request with its method, path, fault and whether a route ran it', async () => {
    t.sim.faults.add({ kind: 'http-error', status: 503, path: '/add-ip', times: 1 })
    // The 503 page is HTML, so the helper's JSON read fails: only the request matters here.
    await t.post('/whitelisted-ips/add-ip', { proxy_type: 1, ip: '198.51.100.5', status: 1 }).catch(() => null)
    await t.post('/whitelisted-ips/add-ip', { proxy_type: 1, ip: '198.51.100.5', status: 1 })
    await fetch(`${t.sim.origin}/__control/state`)
    expect(t.sim.requests()).toEqual([
      { method: 'POST', path: '/api/whitelisted-ips/add-ip', fault: 'http-error', routed: false },
      { method: 'POST', path: '/api/whitelisted-ips/add-ip', fault: null, routed: true },
    ])
    t.sim.reset()
    expect(t.sim.requests()).toEqual([])
  })

  it('refuses a redirect fault without a 3xx and an http-error fault with one', () => {
    expect(faultSchema.safeParse({ kind: 'redirect', status: 500 }).success).toBe(false)
    expect(faultSchema.safeParse({ kind: 'http-error', status: 302 }).success).toBe(false)
    expect(faultSchema.safeParse({ kind: 'redirect', status: 308 }).success).toBe(true)
  })
})
