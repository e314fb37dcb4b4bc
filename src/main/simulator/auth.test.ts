import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from './demo-credentials'
import { startSimulator } from './index'
import { startTestSimulator, type TestSimulator } from './test-support'

let t: TestSimulator
beforeAll(async () => {
  t = await startTestSimulator()
})
afterAll(() => t.close())

const { token, key } = DEMO_CREDENTIALS

async function raw(url: string, init?: RequestInit) {
  const res = await fetch(url, init)
  return { status: res.status, body: await res.json() }
}

describe('auth', () => {
  it('answers 10013 "token error" with HTTP 200 when the token is missing or wrong', async () => {
    const missing = await raw(`${t.sim.apiBaseUrl}/account/wallet-balance?key=${key}`)
    expect(missing).toEqual({ status: 200, body: { code: 10013, data: null, msg: 'token error' } })
    const wrong = await raw(`${t.sim.apiBaseUrl}/account/wallet-balance?token=nope&key=${key}`)
    expect(wrong.body.code).toBe(10013)
  })

  it('answers 10014 when the key is missing or wrong', async () => {
    expect((await raw(`${t.sim.apiBaseUrl}/account/wallet-balance?token=${token}`)).body.code).toBe(10014)
    expect((await raw(`${t.sim.apiBaseUrl}/account/wallet-balance?token=${token}&key=old`)).body.code).toBe(10014)
  })

  it('accepts GET credentials as headers too', async () => {
    const res = await raw(`${t.sim.apiBaseUrl}/account/wallet-balance`, { headers: { token, key } })
    expect(res.body.code).toBe(200)
  })

  it('takes POST credentials from headers, or from the query', async () => {
    const form = { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }
    const viaHeaders = await raw(`${t.sim.apiBaseUrl}/unlimited/restart-server`, {
      ...form,
      headers: { ...form.headers, token, key },
      body: 'plan_name=nosuch.proxy.thordata.net',
    })
    expect(viaHeaders.body.code).toBe(10010)
    const viaQuery = await raw(`${t.sim.apiBaseUrl}/unlimited/restart-server?token=${token}&key=${key}`, {
      ...form,
      body: 'plan_name=nosuch.proxy.thordata.net',
    })
    expect(viaQuery.body.code).toBe(10010)
    const none = await raw(`${t.sim.apiBaseUrl}/unlimited/restart-server`, { ...form, body: 'plan_name=x' })
    expect(none.body.code).toBe(10013)
  })

  it('refuses a POST body that is not form-urlencoded', async () => {
    const res = await raw(`${t.sim.apiBaseUrl}/whitelisted-ips/add-ip`, {
      method: 'POST',
      headers: { token, key, 'Content-Type': 'application/json' },
      body: JSON.stringify({ proxy_type: 1, ip: '192.0.2.9', status: 'true' }),
    })
    expect(res.body.code).toBe(10000)
    expect(res.body.msg).toMatch(/x-www-form-urlencoded/)
  })

  it('answers unknown paths with HTTP 404 JSON and the wrong method with 405', async () => {
    const missing = await raw(`${t.sim.apiBaseUrl}/account/nothing-here?token=${token}&key=${key}`)
    expect(missing.status).toBe(404)
    expect(missing.body.msg).toBe('Not Found')
    const wrongMethod = await raw(`${t.sim.apiBaseUrl}/proxy-users/create-user?token=${token}&key=${key}`)
    expect(wrongMethod.status).toBe(405)
  })

  it('accepts only the credentials it was started with', async () => {
    const other = await startSimulator({ credentials: { token: 'tok-2', key: 'key-2', accountName: 'acme' } })
    try {
      const ok = await raw(`${other.apiBaseUrl}/account/wallet-balance?token=tok-2&key=key-2`)
      expect(ok.body.code).toBe(200)
      const demo = await raw(`${other.apiBaseUrl}/account/wallet-balance?token=${token}&key=${key}`)
      expect(demo.body.code).toBe(10013)
    } finally {
      await other.close()
    }
  })
})
