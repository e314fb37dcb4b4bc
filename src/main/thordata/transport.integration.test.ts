import { defaultSectionHosts } from '@shared/domain/settings'
import { describe, expect, it } from 'vitest'
import type { Fault } from '../simulator'
import { rejection } from './testing/client'
import { refusingBaseUrl, simClientPerTest } from './testing/sim-client'

const setup = simClientPerTest()

describe('against the simulator: GETs retry', () => {
  it('honours 10011 by waiting at least ~2 s between attempts', async () => {
    const { client, sim, seen, sleeps } = await setup()
    sim.faults.add({ kind: 'code', code: 10011, path: '/traffic-balance', times: 2 })
    const balance = await client.account.trafficBalance()
    expect(balance.remainingBytes).toBeGreaterThan(0)
    expect(seen).toHaveLength(3)
    expect(sleeps).toHaveLength(2)
    for (const ms of sleeps) expect(ms).toBeGreaterThanOrEqual(2000)
  })

  it.each<[string, Fault]>([
    ['a 502 from the gateway', { kind: 'http-error', status: 502 }],
    ['a truncated body', { kind: 'malformed' }],
    ['a reset connection', { kind: 'reset' }],
  ])('comes back from %s', async (_, fault) => {
    const { client, sim, seen, sleeps } = await setup()
    sim.faults.add({ ...fault, path: '/wallet-balance', times: 1 })
    await expect(client.account.walletBalance()).resolves.toEqual({ amount: sim.state.walletBalance, currency: 'USD' })
    expect(seen).toHaveLength(2)
    expect(sleeps).toHaveLength(1)
  })

  it('gives up after maxGetRetries with the error a person can act on', async () => {
    const { client, sim, seen } = await setup(() => ({ maxGetRetries: 2 }))
    sim.faults.add({ kind: 'http-error', status: 503, path: '/wallet-balance' })
    expect(await rejection(client.account.walletBalance())).toMatchObject({
      kind: 'server',
      code: 503,
      retryable: true,
    })
    expect(seen).toHaveLength(3)
  })

  it('fails over to the second base URL when the first refuses connections', async () => {
    const dead = await refusingBaseUrl()
    const { client, sim, seen, sleeps } = await setup((s) => ({ baseUrls: [dead, s.apiBaseUrl] }))
    const balance = await client.account.trafficBalance()
    expect(balance.expiresOn).toBe(sim.state.trafficExpiresOn)
    expect(seen.map((r) => r.url.origin)).toEqual([new URL(dead).origin, sim.origin])
    expect(sleeps).toEqual([])
  })

  it('stops waiting after timeoutMs', async () => {
    const { client, sim } = await setup(() => ({ timeoutMs: 150, maxGetRetries: 0 }))
    sim.faults.add({ kind: 'timeout', path: '/traffic-balance' })
    const started = Date.now()
    const error = await rejection(client.account.trafficBalance())
    expect(Date.now() - started).toBeLessThan(2000)
    expect(error).toMatchObject({ kind: 'network', retryable: true })
    expect(error.message).toBe('Thordata did not answer within 150 ms. Try again in a moment.')
  })
})

describe('against the simulator: POSTs are never repeated', () => {
  it.each<[string, Fault]>([
    ['10011', { kind: 'code', code: 10011 }],
    ['a 503', { kind: 'http-error', status: 503 }],
    ['a reset connection', { kind: 'reset' }],
    ['a truncated body', { kind: 'malformed' }],
    ['no answer', { kind: 'timeout' }],
  ])('a renewal that meets %s is sent once and charges nothing behind the user’s back', async (_, fault) => {
    const { client, sim, seen, sleeps } = await setup(() => ({ timeoutMs: 150 }))
    const wallet = sim.state.walletBalance
    const server = sim.state.servers[0]
    const expires = server.expiresAt
    // One fault only: a second attempt would go through and charge the wallet.
    sim.faults.add({ ...fault, path: '/unlimited/renew', times: 1 })
    await rejection(client.unlimited.renew({ insId: server.insId, packageId: 27 }))
    expect(seen).toHaveLength(1)
    expect(sleeps).toEqual([])
    expect(sim.faults.list()).toEqual([])
    expect(sim.state.walletBalance).toBe(wallet)
    expect(sim.state.servers[0].expiresAt).toBe(expires)
  })

  it('a user creation that meets a 502 is not sent again, and the user is told to check first', async () => {
    const { client, sim, seen } = await setup()
    sim.faults.add({ kind: 'http-error', status: 502, path: '/create-user', times: 1 })
    const error = await rejection(
      client.proxyUsers.create({
        product: 'residential',
        username: 'onlyonce1',
        password: 'Pw123456',
        trafficLimitBytes: 0,
        enabled: true,
      }),
    )
    expect(error.retryable).toBe(false)
    expect(error.message).toMatch(/may or may not have been made/)
    expect(seen).toHaveLength(1)
    expect(sim.state.proxyUsers[1].map((u) => u.username)).not.toContain('onlyonce1')
  })

  it('a POST does not move to the fallback host when the primary refuses', async () => {
    const dead = await refusingBaseUrl()
    const { client, sim, seen } = await setup((s) => ({
      baseUrls: [dead, s.apiBaseUrl],
      sectionHosts: { ...defaultSectionHosts, cdk: 'main' },
    }))
    const before = sim.state.cdks.length
    expect(await rejection(client.cdk.create({ trafficBytes: 1024 ** 3, count: 1 }))).toMatchObject({
      kind: 'network',
    })
    expect(seen.map((r) => r.url.origin)).toEqual([new URL(dead).origin])
    expect(sim.state.cdks).toHaveLength(before)
  })
})
