import { describe, expect, it } from 'vitest'
import { parseStaticProxy } from './proxies'
import { clientWith, paramsOf } from './testing/client'
import { ok } from './testing/fake-fetch'

describe('ISP / datacenter proxies', () => {
  it('reads the documented row, times into ISO', () => {
    expect(
      parseStaticProxy({
        purchase_time: '2025-06-01 10:00',
        expiration_time: '2025-07-01 10:00',
        ip: '198.51.100.20',
        port: 6666,
        username: 'isp_u1',
        password: 'isp_p1',
        country: 'US',
        city: 'Dallas',
      }),
    ).toEqual({
      ip: '198.51.100.20',
      port: 6666,
      username: 'isp_u1',
      password: 'isp_p1',
      country: 'US',
      city: 'Dallas',
      purchasedAt: '2025-06-01T10:00:00.000Z',
      expiresAt: '2025-07-01T10:00:00.000Z',
    })
  })

  it('reads the user / pwd / expireTime variant', () => {
    expect(
      parseStaticProxy({ ip: '198.51.100.21', port: '7777', user: 'u2', pwd: 'p2', expireTime: 1751364000 }),
    ).toMatchObject({ port: 7777, username: 'u2', password: 'p2', expiresAt: '2025-07-01T10:00:00.000Z' })
  })

  it.each([
    ['isp', '1'],
    ['datacenter', '2'],
  ] as const)('numbers %s as proxy_type %s and joins IPs with commas', async (product, proxyType) => {
    const { client, seen } = clientWith([
      ok({ list: [] }),
      ok([{ ip: '198.51.100.20', expiration_time: '2025-07-01 10:00' }]),
    ])
    await client.proxies.list({ product })
    const expirations = await client.proxies.expirations({ product, ips: ['198.51.100.20', '198.51.100.21'] })
    expect(paramsOf(seen[0])).toEqual({ proxy_type: proxyType })
    expect(paramsOf(seen[1])).toEqual({ proxy_type: proxyType, ips: '198.51.100.20,198.51.100.21' })
    expect(expirations).toEqual([{ ip: '198.51.100.20', expiresAt: '2025-07-01T10:00:00.000Z' }])
  })
})
