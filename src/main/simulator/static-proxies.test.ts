import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSimulator, type TestSimulator } from './test-support'

interface ProxyRow {
  purchase_time: string
  expiration_time: string
  ip: string
  port: number
  username: string
  password: string
  country: string
  city: string
}

let t: TestSimulator
beforeAll(async () => {
  t = await startTestSimulator()
})
afterAll(() => t.close())

const minute = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/

describe('ISP and datacenter proxies', () => {
  it('lists ISP (1) and datacenter (2) IPs with credentials, location and minute-precision times', async () => {
    const isp = (await t.get<ProxyRow[]>('/proxy/proxy-list', { proxy_type: 1 })).data
    const dc = (await t.get<ProxyRow[]>('/proxy/proxy-list', { proxy_type: 2 })).data
    expect(isp.length).toBeGreaterThan(0)
    expect(dc.length).toBeGreaterThan(0)
    expect(isp.map((p) => p.ip)).not.toEqual(dc.map((p) => p.ip))
    for (const p of [...isp, ...dc]) {
      expect(p.purchase_time).toMatch(minute)
      expect(p.expiration_time).toMatch(minute)
      expect(p.expiration_time > p.purchase_time).toBe(true)
      expect(p.country).toMatch(/^[A-Z]{2}$/)
      expect(typeof p.port).toBe('number')
      expect(p.username).not.toBe('')
    }
  })

  it('answers expiration times for several comma-separated IPs', async () => {
    const isp = (await t.get<ProxyRow[]>('/proxy/proxy-list', { proxy_type: 1 })).data
    const res = await t.get('/proxy/expiration-time', { proxy_type: 1, ips: `${isp[0].ip}, ${isp[1].ip}` })
    expect(res.data).toEqual([
      { ip: isp[0].ip, expiration_time: isp[0].expiration_time },
      { ip: isp[1].ip, expiration_time: isp[1].expiration_time },
    ])
  })

  it('answers 10010 for an IP the account does not own and 10000 without ips', async () => {
    expect((await t.get('/proxy/expiration-time', { proxy_type: 1, ips: '192.0.2.250' })).code).toBe(10010)
    expect((await t.get('/proxy/expiration-time', { proxy_type: 1 })).code).toBe(10000)
  })
})
