import { describe, expect, it } from 'vitest'
import { clientWith, paramsOf } from './testing/client'
import { ok } from './testing/fake-fetch'
import { parseWhitelist } from './whitelist'

describe('whitelist', () => {
  it('reads the documented data.lists[] with its counters', () => {
    expect(
      parseWhitelist({
        ip_count: 1,
        limit: 100,
        remaining_limit: 99,
        lists: [{ created_time: '2025-03-10', ip: '203.0.113.7', status: 'true' }],
      }),
    ).toEqual({
      ipCount: 1,
      limit: 100,
      remainingLimit: 99,
      entries: [{ ip: '203.0.113.7', enabled: true, createdOn: '2025-03-10' }],
      skipped: 0,
    })
  })

  it('keeps the readable entries when one row has no IP, and counts the other', () => {
    const list = parseWhitelist({ lists: [{ ip: '203.0.113.7' }, { status: true }] })
    expect(list.entries.map((e) => e.ip)).toEqual(['203.0.113.7'])
    expect(list.skipped).toBe(1)
  })

  it('also reads the bare array the SDKs expect', () => {
    expect(parseWhitelist(['203.0.113.7', { ip: '2001:db8::1' }]).entries.map((e) => e.ip)).toEqual([
      '203.0.113.7',
      '2001:db8::1',
    ])
  })

  it.each([
    ['residential', '1'],
    ['unlimited', '2'],
    ['mobile', '9'],
  ] as const)('numbers %s as proxy_type %s', async (product, proxyType) => {
    const { client, seen } = clientWith([ok({ lists: [] }), ok({}), ok({})])
    await client.whitelist.list({ product })
    await client.whitelist.add({ product, ip: '203.0.113.7', enabled: true })
    await client.whitelist.delete({ product, ip: '203.0.113.7' })
    expect(seen.map((r) => paramsOf(r).proxy_type)).toEqual([proxyType, proxyType, proxyType])
    expect(paramsOf(seen[1])).toEqual({ proxy_type: proxyType, ip: '203.0.113.7', status: 'true' })
    expect(seen.map((r) => r.url.pathname)).toEqual([
      '/api/whitelisted-ips/ip-list',
      '/api/whitelisted-ips/add-ip',
      '/api/whitelisted-ips/delete-ip',
    ])
  })
})
