import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestSimulator, TEST_NOW, type TestSimulator } from './test-support'
import { formatDate } from './time'

interface IpList {
  ip_count: number
  limit: number
  remaining_limit: number
  lists: Array<{ created_time: string; ip: string; status: boolean }>
}

let t: TestSimulator
beforeEach(async () => {
  t = await startTestSimulator()
})
afterEach(() => t.close())

const list = async (proxyType: number) =>
  (await t.get<IpList>('/whitelisted-ips/ip-list', { proxy_type: proxyType })).data
const add = (ip: string, proxyType = 1, status = 'true') =>
  t.post('/whitelisted-ips/add-ip', { proxy_type: proxyType, ip, status })

describe('whitelist', () => {
  it('lists each product under data.lists with capacity counters, IPv4 and IPv6', async () => {
    for (const proxyType of [1, 2, 9]) {
      const wl = await list(proxyType)
      expect(wl.ip_count).toBe(wl.lists.length)
      expect(wl.remaining_limit).toBe(wl.limit - wl.ip_count)
      expect(wl.ip_count).toBeGreaterThan(0)
    }
    const residential = await list(1)
    expect(residential.lists.some((e) => e.ip.includes(':'))).toBe(true)
    expect(residential.lists.some((e) => e.status === false)).toBe(true)
    expect(residential.lists[0]).toEqual({
      created_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      ip: expect.any(String),
      status: true,
    })
  })

  it('adds an IP to one product only, dated today, with the status sent', async () => {
    expect(await add('192.0.2.99', 2, 'false')).toEqual({ code: 200, data: {}, msg: 'ok' })
    expect((await list(2)).lists).toContainEqual({
      created_time: formatDate(TEST_NOW),
      ip: '192.0.2.99',
      status: false,
    })
    expect((await list(1)).lists.map((e) => e.ip)).not.toContain('192.0.2.99')
  })

  it('refuses invalid IPs and duplicates (also a differently written IPv6) with 10000', async () => {
    expect((await add('300.1.2.3')).code).toBe(10000)
    expect((await add('example.com')).code).toBe(10000)
    const dup = await add('198.51.100.23')
    expect(dup.code).toBe(10000)
    expect(dup.msg).toMatch(/already/)
    expect((await add('2001:DB8:85A3:0:0:8A2E:370:7334')).code).toBe(10000)
  })

  it('refuses an IP over the limit with 10019', async () => {
    const wl = await list(9)
    t.sim.state.whitelistLimits[9] = wl.ip_count + 1
    expect((await add('192.0.2.61', 9)).code).toBe(200)
    expect((await add('192.0.2.62', 9)).code).toBe(10019)
  })

  it('deletes an IP; an IP not on the list is 10010; an unknown product is 10000', async () => {
    expect((await t.post('/whitelisted-ips/delete-ip', { proxy_type: 1, ip: '203.0.113.5' })).code).toBe(200)
    expect((await list(1)).lists.map((e) => e.ip)).not.toContain('203.0.113.5')
    expect((await t.post('/whitelisted-ips/delete-ip', { proxy_type: 1, ip: '203.0.113.5' })).code).toBe(10010)
    expect((await add('192.0.2.70', 3)).code).toBe(10000)
  })
})
