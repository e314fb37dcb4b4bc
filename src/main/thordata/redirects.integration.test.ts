import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../simulator'
import { rejection } from './testing/client'
import { simClientPerTest } from './testing/sim-client'

const setup = simClientPerTest()

describe('against the simulator: an API host that answers with a redirect', () => {
  it('a GET is not followed: one request, the token and key go nowhere else, the host is named', async () => {
    const { client, sim, seen } = await setup((s) => ({ baseUrls: [s.apiBaseUrl, s.altApiBaseUrl] }))
    sim.faults.add({ kind: 'redirect', status: 302, location: 'http://localhost:9/collect?token=stolen' })
    const error = await rejection(client.account.walletBalance())
    expect(error).toMatchObject({ kind: 'server', code: 302, retryable: false })
    expect(error.message).toContain('redirect to http://localhost:9 (HTTP 302)')
    expect(error.message).not.toContain('stolen')
    expect(seen).toHaveLength(1)
    expect(sim.requests()).toEqual([
      { method: 'GET', path: '/api/account/wallet-balance', fault: 'redirect', routed: false },
    ])
  })

  it.each([301, 302, 303, 307, 308])('a POST answered %i is a failure, sent once, and adds nothing', async (status) => {
    const { client, sim } = await setup((s) => ({ baseUrls: [s.apiBaseUrl, s.altApiBaseUrl] }))
    const before = sim.state.whitelist[1].length
    // The default target is this same simulator under another host name, so a followed redirect would show up.
    sim.faults.add({ kind: 'redirect', status, path: '/add-ip', times: 1 })
    const error = await rejection(client.whitelist.add({ product: 'residential', ip: '198.51.100.9', enabled: true }))
    expect(error).toMatchObject({ kind: 'server', code: status, retryable: false })
    expect(error.message).toMatch(/redirect to http:\/\/localhost:\d+ .*reload to check/)
    expect(error.message).not.toContain('followed=1')
    // Whitelist goes to the second address first (api. in the docs), here /alt/api; nothing went anywhere else.
    expect(sim.requests().map((r) => `${r.method} ${r.path} ${r.routed}`)).toEqual([
      'POST /alt/api/whitelisted-ips/add-ip false',
    ])
    expect(sim.state.whitelist[1]).toHaveLength(before)
  })

  it('what a followed redirect would have looked like: the simulator sees it under /landed', async () => {
    const { sim } = await setup()
    sim.faults.add({ kind: 'redirect', status: 307, times: 1 })
    const response = await fetch(`${sim.apiBaseUrl}/account/wallet-balance`, {
      headers: { token: DEMO_CREDENTIALS.token, key: DEMO_CREDENTIALS.key },
    })
    expect(response.status).toBe(404)
    expect(sim.requests().map((r) => r.path)).toEqual([
      '/api/account/wallet-balance',
      '/landed/api/account/wallet-balance',
    ])
  })
})

describe('against the simulator: a host that does not serve a path', () => {
  it('a POST meeting a plain 404 on its first host is sent to the next once, and applied once', async () => {
    const { client, sim } = await setup((s) => ({ baseUrls: [s.altApiBaseUrl, s.apiBaseUrl] }))
    const before = sim.state.cdks.length
    sim.faults.add({ kind: 'not-found', path: '/alt/api/' })
    // CDK goes to the second address (api.) first by default: here the /api host, which serves it.
    await expect(client.cdk.create({ trafficBytes: 1024 ** 3, count: 1 })).resolves.toHaveLength(1)
    expect(sim.requests().map((r) => `${r.path} ${r.fault ?? 'routed'}`)).toEqual(['/api/cdk/create routed'])
    expect(sim.state.cdks).toHaveLength(before + 1)

    sim.clearRequests()
    await client.proxyUsers.create({
      product: 'residential',
      username: 'second01',
      password: 'Second123',
      trafficLimitBytes: 0,
      enabled: true,
    })
    expect(sim.requests().map((r) => `${r.path} ${r.fault ?? 'routed'}`)).toEqual([
      '/alt/api/proxy-users/create-user not-found',
      '/api/proxy-users/create-user routed',
    ])
    expect(sim.state.proxyUsers[1].filter((u) => u.username === 'second01')).toHaveLength(1)
  })
})
