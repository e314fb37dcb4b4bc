import { describe, expect, it } from 'vitest'
import { rejection } from './testing/client'
import { refusingBaseUrl, simClientPerTest } from './testing/sim-client'

const setup = simClientPerTest()

const renewPath = '/unlimited/renew'
const ordersSent = (requests: { path: string; routed: boolean }[], path: string) =>
  requests.filter((r) => r.path.includes(path) && r.routed).length

describe('renewal and upgrade refusals, in words about a server (against the simulator)', () => {
  it('a wallet too low for the renewal: 10008 in order words, nothing charged, sent once', async () => {
    const { client, sim } = await setup()
    sim.state.walletBalance = 1
    const server = sim.state.servers[0]
    const before = server.expiresAt
    const error = await rejection(client.unlimited.renew({ insId: server.insId, packageId: 7 }))
    expect(error).toMatchObject({ code: 10008, kind: 'conflict', retryable: false })
    expect(error.message).toBe(
      'Your wallet balance is too low for this order. Top up your wallet in the Thordata dashboard, then order again.',
    )
    expect(error.outcome).toBeUndefined()
    expect(sim.state.walletBalance).toBe(1)
    expect(server.expiresAt).toBe(before)
    expect(ordersSent(sim.requests(), renewPath)).toBe(1)
  })

  it.each([
    [10006, /does not allow this order for this server/],
    [10007, /cannot renew or change this server/],
    [10009, /order did not go through.*not charged twice/],
    [10010, /does not know this server/],
    [10012, /more than Thordata allows in one order/],
    // Not "renew it first" on a renewal.
    [121, /plan as expired and did not renew it\. Check the server/],
  ])('code %i reads as being about the server and its order', async (code, words) => {
    const { client, sim } = await setup()
    sim.faults.add({ kind: 'code', code, path: renewPath })
    const error = await rejection(client.unlimited.renew({ insId: sim.state.servers[0].insId, packageId: 27 }))
    expect(error.code).toBe(code)
    expect(error.message).toMatch(words)
    expect(error.message).not.toMatch(/\bIP\b|extract/)
    expect(error.retryable).toBe(false)
    expect(error.field).toBeUndefined()
  })

  it('an upgrade of an expired server (121) says to renew it first', async () => {
    const { client, sim } = await setup()
    sim.faults.add({ kind: 'code', code: 121, path: '/unlimited/upgrade' })
    const error = await rejection(
      client.unlimited.upgrade({ insId: sim.state.servers[0].insId, bandwidthId: 9, machineId: 4 }),
    )
    expect(error.message).toMatch(/plan has expired\. Renew it first/)
  })

  it('the same codes keep their general words outside an unlimited server', async () => {
    const { client, sim } = await setup()
    sim.faults.add({ kind: 'code', code: 10010, path: '/whitelisted-ips' })
    const error = await rejection(client.whitelist.delete({ product: 'residential', ip: '198.51.100.23' }))
    expect(error.message).toMatch(/does not know that IP/)
  })

  it('a lost answer (timeout) is an unknown outcome that says to check the order list, and is not retried', async () => {
    // The answer comes after the client stopped waiting: the upgrade was made, the app cannot know it.
    const { client, sim } = await setup(() => ({ timeoutMs: 40 }))
    sim.faults.add({ kind: 'latency', latencyMs: 120, path: '/unlimited/upgrade', times: 1 })
    const server = sim.state.servers[0]
    const error = await rejection(client.unlimited.upgrade({ insId: server.insId, bandwidthId: 9, machineId: 4 }))
    expect(error).toMatchObject({ kind: 'network', outcome: 'unknown', retryable: false })
    expect(error.message).toMatch(/may or may not have been placed.*Check the order list/)
    expect(sim.requests().filter((r) => r.path.includes('/unlimited/upgrade'))).toHaveLength(1)
  })

  it.each([
    ['a reset connection', { kind: 'reset' as const }],
    ['HTTP 502', { kind: 'http-error' as const, status: 502 }],
    ['an unreadable reply', { kind: 'malformed' as const }],
  ])('%s after a renewal is an unknown outcome too', async (_, fault) => {
    const { client, sim } = await setup()
    sim.faults.add({ ...fault, path: renewPath })
    const error = await rejection(client.unlimited.renew({ insId: sim.state.servers[0].insId, packageId: 27 }))
    expect(error.outcome).toBe('unknown')
    expect(error.message).toMatch(/Check the order list/)
    expect(sim.requests().filter((r) => r.path.includes(renewPath))).toHaveLength(1)
  })

  it('a code the app does not know leaves the order in doubt and quotes the code', async () => {
    const { client, sim } = await setup()
    sim.faults.add({ kind: 'code', code: 424242, path: renewPath })
    const error = await rejection(client.unlimited.renew({ insId: sim.state.servers[0].insId, packageId: 27 }))
    expect(error).toMatchObject({ code: 424242, outcome: 'unknown', retryable: false })
    expect(error.message).toMatch(/error code 424242.*not clear whether it was placed/)
  })

  it('a refused connection never reached Thordata: no doubt about the order', async () => {
    const refusing = await refusingBaseUrl()
    const { client, sim } = await setup(() => ({ baseUrls: [refusing] }))
    const error = await rejection(client.unlimited.renew({ insId: sim.state.servers[0].insId, packageId: 27 }))
    expect(error.kind).toBe('network')
    expect(error.outcome).toBeUndefined()
  })

  it('a renewal that goes through returns the order and the amount charged', async () => {
    const { client, sim } = await setup()
    const server = sim.state.servers[1]
    const wallet = sim.state.walletBalance
    const order = await client.unlimited.renew({ insId: server.insId, packageId: 8 })
    expect(order.orderId).toMatch(/^Thor\d+$/)
    expect(order.amount).toBeGreaterThan(0)
    expect(sim.state.walletBalance).toBeCloseTo(wallet - (order.amount ?? 0), 2)
  })
})
