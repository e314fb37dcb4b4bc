import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from './demo-credentials'
import { EXTRACT_INTERVAL_MS } from './routes/extract'
import { startTestSimulator, type TestSimulator } from './test-support'

let t: TestSimulator
beforeEach(async () => {
  t = await startTestSimulator()
})
afterEach(() => t.close())

const account = DEMO_CREDENTIALS.accountName

async function extract(path: 'api' | 'unlimited_api', query: Record<string, string | number>) {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))
  const res = await fetch(`${t.sim.extractBaseUrl}/${path}?${params}`)
  return { type: res.headers.get('content-type') ?? '', text: await res.text() }
}

const residential = (extra: Record<string, string | number> = {}) =>
  extract('api', { 'td-customer': account, sesstype: 1, number: 5, country: 'us', ...extra })
const shortId = () => t.sim.state.servers[0].planName.split('.')[0]
const unlimited = (extra: Record<string, string | number> = {}) =>
  extract('unlimited_api', { 'td-customer': account, sesstype: 2, number: 4, servers: shortId(), ...extra })

describe('residential extract link', () => {
  it('answers 117 naming the caller IP until that IP is on the residential whitelist, then IP:port lines', async () => {
    const refused = await residential()
    expect(JSON.parse(refused.text)).toEqual({
      code: 117,
      msg: 'Allowlist verification failed. Please add the requested IP [203.0.113.77] to the HTTP allowlist',
    })
    const whoami = await (await fetch(t.sim.publicIpUrl)).json()
    await t.post('/whitelisted-ips/add-ip', { proxy_type: 1, ip: whoami.ip, status: 'true' })
    const ok = await residential()
    expect(ok.type).toMatch(/^text\/plain/)
    const lines = ok.text.split(/\r?\n/)
    expect(lines).toHaveLength(5)
    for (const line of lines) expect(line).toMatch(/^\d+\.\d+\.\d+\.\d+:\d+$/)
    expect(new Set(lines).size).toBe(5)
  })

  it('answers 111 when asked again within 2 seconds', async () => {
    await t.post('/whitelisted-ips/add-ip', { proxy_type: 1, ip: t.sim.state.publicIp, status: 'true' })
    expect((await residential()).text).toMatch(/:\d+/)
    t.advance(EXTRACT_INTERVAL_MS - 1)
    expect(JSON.parse((await residential()).text)).toEqual({ code: 111, msg: 'Please request again in 2 seconds' })
    t.advance(1)
    expect((await residential()).text).toMatch(/:\d+/)
  })

  it('answers 118 for a wrong account name, before anything else', async () => {
    const res = await residential({ 'td-customer': 'someoneelse' })
    expect(JSON.parse(res.text)).toEqual({
      code: 118,
      msg: 'Your account is abnormal, please contact customer service',
    })
  })

  it('answers 114 for a country with no proxies and 10000 for a bad number', async () => {
    await t.post('/whitelisted-ips/add-ip', { proxy_type: 1, ip: t.sim.state.publicIp, status: 'true' })
    expect(JSON.parse((await residential({ country: 'zz' })).text).code).toBe(114)
    expect(JSON.parse((await residential({ number: 0 })).text).code).toBe(10000)
  })

  it('treats a disabled whitelist entry as absent', async () => {
    await t.post('/whitelisted-ips/add-ip', { proxy_type: 1, ip: t.sim.state.publicIp, status: 'false' })
    expect(JSON.parse((await residential()).text).code).toBe(117)
  })
})

describe('unlimited extract link', () => {
  it('lists the server entry IP with different ports', async () => {
    const res = await unlimited()
    const lines = res.text.split(/\r?\n/)
    expect(lines).toHaveLength(4)
    const ip = t.sim.state.servers[0].ip
    for (const line of lines) expect(line.startsWith(`${ip}:`)).toBe(true)
  })

  it('answers 121 for an expired server and 114 for an unknown one', async () => {
    const expired = t.sim.state.servers[2].planName.split('.')[0]
    expect(JSON.parse((await unlimited({ servers: expired })).text)).toEqual({
      code: 121,
      msg: 'Your package has expire',
    })
    expect(JSON.parse((await unlimited({ servers: 'zzzzzzzz' })).text).code).toBe(114)
  })

  it('answers 117 when the caller IP is not on the unlimited whitelist', async () => {
    await t.post('/whitelisted-ips/delete-ip', { proxy_type: 2, ip: t.sim.state.publicIp })
    expect(JSON.parse((await unlimited()).text).code).toBe(117)
  })
})
