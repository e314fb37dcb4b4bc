import { describe, expect, it } from 'vitest'
import { clientWith, paramsOf, rejection } from './testing/client'
import { ok } from './testing/fake-fetch'
import { parseMonitor, parseOrder, parseServer, parseServerList } from './unlimited'

describe('unlimited servers', () => {
  it('reads the documented server row', () => {
    expect(
      parseServer({
        purchase_time: '2025-05-01 09:30',
        expiration_time: '2025-06-01 09:30',
        plan_name: 'abcd1234.proxy.thordata.net',
        server: '8vCPU 16GiB',
        bandwidth: '300Mbps',
        status: 'Turn on',
        order_id: 'Thor000111',
        ins_id: 'ins-000111',
        region: 'na-siliconvalley',
      }),
    ).toEqual({
      planName: 'abcd1234.proxy.thordata.net',
      insId: 'ins-000111',
      orderId: 'Thor000111',
      region: 'na-siliconvalley',
      machine: '8vCPU 16GiB',
      bandwidth: '300Mbps',
      statusText: 'Turn on',
      running: true,
      purchasedAt: '2025-05-01T09:30:00.000Z',
      expiresAt: '2025-06-01T09:30:00.000Z',
    })
    expect(parseServer({ plan_name: 'x.proxy.thordata.net', ins_id: 'i', status: 'Restarting' }).running).toBe(false)
  })

  it('turns the monitor series into timed points', () => {
    const monitor = parseMonitor({
      CpuUsage: { times: [1750000000, 1750000300], values: [4.2, '3.9'] },
      MemUsage: { times: [1750000000], values: [12.0] },
    })
    expect(monitor.cpu).toEqual([
      { at: '2025-06-15T15:06:40.000Z', value: 4.2 },
      { at: '2025-06-15T15:11:40.000Z', value: 3.9 },
    ])
    expect(monitor.wanOut).toEqual([])
  })

  it('asks the monitor with unix seconds, the region and the period', async () => {
    const { client, seen } = clientWith([ok({})])
    await client.unlimited.monitor({
      insId: 'ins-000111',
      region: 'na-siliconvalley',
      from: '2025-06-15T15:06:40Z',
      to: '2025-06-15T16:06:40Z',
      period: 60,
    })
    expect(seen[0].method).toBe('GET')
    expect(paramsOf(seen[0])).toEqual({
      ins_id: 'ins-000111',
      region: 'na-siliconvalley',
      start_time: '1750000000',
      end_time: '1750003600',
      period: '60',
    })
  })

  it('restarts by plan name and renews / upgrades with the documented ids', async () => {
    const { client, seen } = clientWith([
      ok({}),
      ok({ order_id: 'Thor555000', order_money: 59.9 }),
      ok({ order_id: 'Thor555001', order_money: '12.5' }),
    ])
    await client.unlimited.restart({ planName: 'abcd1234.proxy.thordata.net' })
    await expect(client.unlimited.renew({ insId: 'ins-000111', packageId: 8 })).resolves.toEqual({
      orderId: 'Thor555000',
      amount: 59.9,
    })
    await expect(client.unlimited.upgrade({ insId: 'ins-000111', bandwidthId: 3, machineId: 2 })).resolves.toEqual({
      orderId: 'Thor555001',
      amount: 12.5,
    })
    expect(seen.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'POST /api/unlimited/restart-server',
      'POST /api/unlimited/renew',
      'POST /api/unlimited/upgrade',
    ])
    expect(paramsOf(seen[0])).toEqual({ plan_name: 'abcd1234.proxy.thordata.net' })
    expect(paramsOf(seen[1])).toEqual({ ins_id: 'ins-000111', package_id: '8' })
    expect(paramsOf(seen[2])).toEqual({ ins_id: 'ins-000111', bw_id: '3', sv_id: '2' })
  })

  // Python SDK tests/test_unlimited.py test_renew_success / test_upgrade_success answer {"plan_name": "plan1"} and {}.
  it('reads a paid action answered with code 200 but no order details as a success, details "not returned"', async () => {
    const { client, seen } = clientWith([ok({ plan_name: 'plan1' }), ok({}), { json: { code: 200, msg: 'ok' } }])
    await expect(client.unlimited.renew({ insId: 'ins-1', packageId: 8 })).resolves.toEqual({
      orderId: null,
      amount: null,
    })
    await expect(client.unlimited.upgrade({ insId: 'ins-1', bandwidthId: 3, machineId: 2 })).resolves.toEqual({
      orderId: null,
      amount: null,
    })
    await expect(client.unlimited.renew({ insId: 'ins-1', packageId: 8 })).resolves.toEqual({
      orderId: null,
      amount: null,
    })
    expect(seen).toHaveLength(3)
  })

  it('never turns odd order details into an error', () => {
    expect(parseOrder({ order_id: { id: 1 }, order_money: 'n/a' })).toEqual({ orderId: null, amount: null })
    expect(parseOrder({ order_id: 'Thor1', order_money: '' })).toEqual({ orderId: 'Thor1', amount: null })
    expect(parseOrder('done')).toEqual({ orderId: null, amount: null })
    expect(parseOrder(null)).toEqual({ orderId: null, amount: null })
  })

  it('still reports a renewal Thordata refused as an error that is not retried', async () => {
    const { client, seen } = clientWith([{ json: { code: 10008, msg: 'balance', data: null } }])
    const error = await rejection(client.unlimited.renew({ insId: 'ins-1', packageId: 8 }))
    expect(error).toMatchObject({ code: 10008, retryable: false })
    expect(seen).toHaveLength(1)
  })

  // Python SDK tests/test_unlimited.py test_list_servers_success: {"code": 200, "data": [{"ip": "1.2.3.4", "port": 9999}]}
  it('skips a server row without plan_name and counts it, keeping the readable ones', () => {
    const list = parseServerList([
      { ip: '1.2.3.4', port: 9999 },
      { plan_name: 'a.proxy.thordata.net', ins_id: 'i1' },
    ])
    expect(list.servers.map((s) => s.insId)).toEqual(['i1'])
    expect(list.skipped).toBe(1)
  })

  it('reads "no servers" sent as data: {} as an empty list', async () => {
    const { client } = clientWith([ok({})])
    await expect(client.unlimited.list()).resolves.toEqual({ servers: [], skipped: 0 })
  })
})
