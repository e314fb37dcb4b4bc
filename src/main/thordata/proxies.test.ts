import { describe, expect, it } from 'vitest'
import { parseExpirations, parseStaticProxy, parseStaticProxyList } from './proxies'
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
    expect(expirations).toEqual({
      expirations: [{ ip: '198.51.100.20', expiresAt: '2025-07-01T10:00:00.000Z' }],
      skipped: 0,
    })
  })

  // Python SDK tests/test_client.py test_get_proxy_expiration: {"code": 200, "data": {"1.2.3.4": 1735689600}}
  it('reads expiration times sent as an {ip: unix-seconds} map', () => {
    expect(parseExpirations({ '1.2.3.4': 1735689600, '2001:db8::1': '2025-07-01 10:00' })).toEqual({
      expirations: [
        { ip: '1.2.3.4', expiresAt: '2025-01-01T00:00:00.000Z' },
        { ip: '2001:db8::1', expiresAt: '2025-07-01T10:00:00.000Z' },
      ],
      skipped: 0,
    })
  })

  it('ignores the envelope keys of a reply that came without data, and counts other stray keys', () => {
    expect(parseExpirations({ code: 200, msg: 'ok', '1.2.3.4': 1735689600, junk: 1 }).skipped).toBe(1)
  })

  // Python / JS / Java SDK list_proxy_servers fall back to the envelope's top-level `list`.
  it('reads the list at the top level of the envelope, not as an empty list', async () => {
    const { client } = clientWith([
      { json: { code: 200, list: [{ ip: '198.51.100.20', port: 6666, username: 'u', password: 'p' }] } },
    ])
    const { proxies } = await client.proxies.list({ product: 'isp' })
    expect(proxies.map((p) => p.ip)).toEqual(['198.51.100.20'])
  })

  it('skips a proxy row without credentials and counts it', () => {
    const list = parseStaticProxyList([{ ip: '198.51.100.20', username: 'u', password: 'p' }, { ip: '198.51.100.21' }])
    expect(list.proxies).toHaveLength(1)
    expect(list.skipped).toBe(1)
  })
})
