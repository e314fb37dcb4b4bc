import { describe, expect, it } from 'vitest'
import { errorForCode } from './errors'
import { clientWith, paramsOf, rejection } from './testing/client'
import { ok } from './testing/fake-fetch'
import { parseBalancerMonitor } from './unlimited'

/** §7.6 answers `{status_code, payload}` instead of `{code, data}`. */
const balancing = (payload: unknown, statusCode = 200, msg = 'ok') => ({
  json: { status_code: statusCode, payload, msg },
})

const input = {
  insId: 'ins-000111',
  region: 'na-siliconvalley',
  from: '2025-06-15T15:06:40Z',
  to: '2025-06-15T16:06:40Z',
  period: 300 as const,
}

const documented = {
  client_connection_count: { times: [1750000000, 1750000300], values: [20, '22'] },
  client_in_traffic: { times: [1750000000, 1750000300], values: [6.1, 5.8] },
}

describe('the load-balancer monitor (reference §7.6)', () => {
  it('asks with the server monitor’s parameters and reads the status_code/payload envelope', async () => {
    const { client, seen } = clientWith([balancing(documented)])
    const monitor = await client.unlimited.balancingMonitor(input)
    expect(seen.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(['GET /api/unlimited/balancing-monitor'])
    expect(paramsOf(seen[0])).toEqual({
      ins_id: 'ins-000111',
      region: 'na-siliconvalley',
      start_time: '1750000000',
      end_time: '1750003600',
      period: '300',
    })
    expect(monitor.series).toEqual([
      {
        name: 'client_connection_count',
        points: [
          { at: '2025-06-15T15:06:40.000Z', value: 20 },
          { at: '2025-06-15T15:11:40.000Z', value: 22 },
        ],
      },
      {
        name: 'client_in_traffic',
        points: [
          { at: '2025-06-15T15:06:40.000Z', value: 6.1 },
          { at: '2025-06-15T15:11:40.000Z', value: 5.8 },
        ],
      },
    ])
  })

  it('leaves the region out when the server list sent none', async () => {
    const { client, seen } = clientWith([balancing({})])
    await client.unlimited.balancingMonitor({ ...input, region: undefined })
    expect(paramsOf(seen[0])).not.toHaveProperty('region')
  })

  it('also reads the same series in the ordinary {code, data} envelope', async () => {
    const { client } = clientWith([ok(documented)])
    const monitor = await client.unlimited.balancingMonitor(input)
    expect(monitor.series.map((s) => [s.name, s.points.length])).toEqual([
      ['client_connection_count', 2],
      ['client_in_traffic', 2],
    ])
  })

  it('keeps a series whose name the docs never captured, under its own name', () => {
    const monitor = parseBalancerMonitor({
      client_connection_count: { times: [1750000000], values: [3] },
      backend_out_traffic: { times: [1750000000], values: [0.5] },
      // Not a series: skipped, not an error.
      region: 'na-siliconvalley',
    })
    expect(monitor.series.map((s) => s.name)).toEqual(['client_connection_count', 'backend_out_traffic'])
    expect(monitor.series[1].points).toEqual([{ at: '2025-06-15T15:06:40.000Z', value: 0.5 }])
  })

  it('reads an empty or missing payload as no series, and a broken series as a malformed reply', async () => {
    const { client } = clientWith([balancing(null), balancing({}), balancing({ client_in_traffic: { times: [1] } })])
    await expect(client.unlimited.balancingMonitor(input)).resolves.toEqual({ series: [] })
    await expect(client.unlimited.balancingMonitor(input)).resolves.toEqual({ series: [] })
    const error = await rejection(client.unlimited.balancingMonitor(input))
    expect(error.kind).toBe('server')
    expect(error.message).toMatch(/could not read/)
    expect(() => parseBalancerMonitor('nope')).toThrow()
  })

  it('maps a status_code other than 200 through the same error table as code', async () => {
    const { client, seen } = clientWith([balancing(null, 10013, 'sign error')])
    const error = await rejection(client.unlimited.balancingMonitor(input))
    expect(error).toMatchObject({ kind: 'auth', code: 10013 })
    expect(error.message).toBe(errorForCode(10013).message)
    // An answer, not a breakage: not retried.
    expect(seen).toHaveLength(1)
  })

  it('a 10011 in status_code backs off and asks again, as with code', async () => {
    const { client, seen } = clientWith([balancing(null, 10011, 'too fast'), balancing(documented)])
    const monitor = await client.unlimited.balancingMonitor(input)
    expect(monitor.series).toHaveLength(2)
    expect(seen).toHaveLength(2)
  })

  it('a status_code that is not a number is a malformed reply, never a success', async () => {
    const { client } = clientWith(() => ({ json: { status_code: 'ok', payload: documented } }))
    const error = await rejection(client.unlimited.balancingMonitor(input))
    expect(error).toMatchObject({ kind: 'server' })
    expect(error.message).toMatch(/could not read/)
  })

  it('reads `code` first when a reply carries both, so {code, data} replies read exactly as before', async () => {
    const { client } = clientWith([
      { json: { code: 10000, status_code: 200, data: null, payload: documented, msg: 'bad param' } },
      { json: { code: 200, status_code: 500, data: { list: [] }, payload: documented } },
    ])
    expect(await rejection(client.unlimited.balancingMonitor(input))).toMatchObject({ code: 10000 })
    await expect(client.unlimited.list()).resolves.toEqual({ servers: [], skipped: 0 })
  })

  it('reads status_code/payload only for the balancing monitor: anywhere else {"status_code":200} is malformed', async () => {
    const stray = { json: { status_code: 200, payload: { order_id: 'x', amount: 1 } } }
    const { client, seen } = clientWith(() => stray)
    // A renewal spends money: a reply it cannot read is an unknown outcome, never "renewed".
    const renewal = await rejection(client.unlimited.renew({ insId: 'ins-000111', packageId: 8 }))
    expect(renewal).toMatchObject({ kind: 'server', outcome: 'unknown', retryable: false })
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(1)
    const list = await rejection(client.unlimited.list())
    expect(list).toMatchObject({ kind: 'server' })
    expect(list.message).toMatch(/could not read/)
  })
})
