import { describe, expect, it } from 'vitest'
import { parseProxyUserList, parseProxyUserUsage } from './proxy-users'
import { clientWith, paramsOf } from './testing/client'
import { ok } from './testing/fake-fetch'

const MB = 1024 ** 2
const KB = 1024

describe('proxy user list', () => {
  it('reads quota and users, traffic from MB into bytes, status true/"false"/1', () => {
    const list = parseProxyUserList(
      {
        limit: 100,
        remaining_limit: 98,
        user_count: '2',
        list: [
          {
            created_time: '2025-04-02',
            username: 'shop01',
            password: 'Pw123456',
            status: true,
            traffic_limit: 1024,
            usage_traffic: 37.5,
          },
          { created_time: '2025-04-03', username: 'shop02', password: 'Pw654321', status: 'false', traffic_limit: '0' },
        ],
      },
      'MB',
    )
    expect(list.quota).toEqual({ limit: 100, remainingLimit: 98, userCount: 2 })
    expect(list.users).toEqual([
      {
        username: 'shop01',
        password: 'Pw123456',
        enabled: true,
        trafficLimitBytes: 1024 * MB,
        usedBytes: 37.5 * MB,
        createdOn: '2025-04-02',
      },
      {
        username: 'shop02',
        password: 'Pw654321',
        enabled: false,
        trafficLimitBytes: 0,
        usedBytes: 0,
        createdOn: '2025-04-03',
      },
    ])
  })

  it('accepts the older shape with the users under data', () => {
    const list = parseProxyUserList({ data: [{ username: 'shop01', password: 'Pw123456', status: 1 }] }, 'MB')
    expect(list.users.map((u) => u.username)).toEqual(['shop01'])
    expect(list.quota.userCount).toBe(1)
  })
})

describe('proxy user calls', () => {
  it.each([
    ['residential', '1'],
    ['unlimited', '2'],
    ['mobile', '3'],
  ] as const)('numbers %s users as proxy_type %s', async (product, proxyType) => {
    const { client, seen } = clientWith([ok({ list: [] })])
    await client.proxyUsers.list({ product })
    expect(paramsOf(seen[0]).proxy_type).toBe(proxyType)
  })

  it('creates a user with the limit in MB and status as a word', async () => {
    const { client, seen } = clientWith([ok({})])
    await client.proxyUsers.create({
      product: 'residential',
      username: 'shop03',
      password: 'Pw111111',
      trafficLimitBytes: 500 * MB,
      enabled: false,
    })
    expect(seen[0].url.pathname).toBe('/api/proxy-users/create-user')
    expect(paramsOf(seen[0])).toEqual({
      proxy_type: '1',
      username: 'shop03',
      password: 'Pw111111',
      traffic_limit: '500',
      status: 'false',
    })
  })

  it('sends all four new values on update, the untouched ones included', async () => {
    const { client, seen } = clientWith([ok({})])
    await client.proxyUsers.update({
      product: 'unlimited',
      username: 'shop01',
      next: { username: 'shop01', password: 'Newpass1', trafficLimitBytes: 1024 * MB, enabled: false },
    })
    expect(seen[0].method).toBe('POST')
    expect(paramsOf(seen[0])).toEqual({
      proxy_type: '2',
      username: 'shop01',
      new_username: 'shop01',
      new_password: 'Newpass1',
      new_traffic_limit: '1024',
      new_status: 'false',
    })
  })

  it('deletes by name', async () => {
    const { client, seen } = clientWith([ok({})])
    await client.proxyUsers.delete({ product: 'residential', username: 'shop01' })
    expect(seen[0].url.pathname).toBe('/api/proxy-users/delete-user')
    expect(paramsOf(seen[0])).toEqual({ proxy_type: '1', username: 'shop01' })
  })

  it('reports per-user usage in kb, limit included', async () => {
    const { client, seen } = clientWith([
      ok({
        traffic_limit: 0,
        total_usage_traffic: 90000,
        traffic_balance: 0,
        query_days: 2,
        range_usage_traffic: 90000,
        data: [
          { date: '2025-05-01', usage_traffic: 40000 },
          { date: '2025-05-02', usage_traffic: 50000 },
        ],
      }),
    ])
    const usage = await client.proxyUsers.usage({
      product: 'residential',
      username: 'shop01',
      from: '2025-05-01',
      to: '2025-05-02',
    })
    expect(paramsOf(seen[0])).toEqual({
      proxy_type: '1',
      username: 'shop01',
      from_date: '2025-05-01',
      to_date: '2025-05-02',
    })
    expect(usage).toMatchObject({ username: 'shop01', trafficLimitBytes: 0, rangeUsedBytes: 90000 * KB })
    expect(usage.days[1]).toEqual({ date: '2025-05-02', usedBytes: 50000 * KB })
  })

  // Python SDK tests/test_client.py test_get_proxy_user_usage: {"code": 200, "data": [{"date": "2024-01-01", "usage": 100}]}
  it('reads usage sent as a bare list of {date, usage}, with the figures it lacks as "not returned"', () => {
    const input = { product: 'residential', username: 'u1', from: '2024-01-01', to: '2024-01-07' } as const
    expect(parseProxyUserUsage([{ date: '2024-01-01', usage: 100 }], input, 'KB')).toEqual({
      username: 'u1',
      from: '2024-01-01',
      to: '2024-01-07',
      totalUsedBytes: null,
      remainingBytes: null,
      rangeUsedBytes: 100 * KB,
      days: [{ date: '2024-01-01', usedBytes: 100 * KB }],
      trafficLimitBytes: null,
    })
  })

  it('keeps the users it can read when one row has no password, and counts the other', () => {
    const list = parseProxyUserList({ list: [{ username: 'shop01', password: 'Pw123456' }, { username: 'x' }] }, 'MB')
    expect(list.users.map((u) => u.username)).toEqual(['shop01'])
    expect(list.skipped).toBe(1)
  })
})
