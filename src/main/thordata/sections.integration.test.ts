import { describe, expect, it } from 'vitest'
import { rejection } from './testing/client'
import { SIM_START, simClientPerTest } from './testing/sim-client'

const setup = simClientPerTest()

const GB = 1024 ** 3

describe('against the simulator: extract links', () => {
  it('names the IP to whitelist, then lists proxies once it is whitelisted', async () => {
    const { client, sim } = await setup()
    const input = { product: 'residential', session: 'sticky', count: 3, country: 'us' } as const
    const refused = await rejection(client.extract.fetch(input))
    expect(refused).toMatchObject({ code: 117, kind: 'auth', retryable: false })
    expect(refused.message).toContain(sim.state.publicIp)

    await client.whitelist.add({ product: 'residential', ip: sim.state.publicIp, enabled: true })
    const proxies = await client.extract.fetch(input)
    expect(proxies).toHaveLength(3)
    for (const proxy of proxies) expect(proxy.port).toBeGreaterThan(0)
  })

  it('waits the 2 s Thordata asks for (111) and then gets its list', async () => {
    const { client, sim, sleeps } = await setup()
    const server = sim.state.servers[0]
    const input = {
      product: 'unlimited',
      session: 'rotating',
      count: 2,
      server: server.planName.split('.')[0],
    } as const
    await client.extract.fetch(input)
    const again = await client.extract.fetch(input)
    expect(again).toEqual([expect.objectContaining({ host: server.ip }), expect.objectContaining({ host: server.ip })])
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThanOrEqual(2000)
  })

  it('tells an unknown account name apart', async () => {
    const { client, sim } = await setup()
    sim.state.credentials = { ...sim.state.credentials, accountName: 'someoneelse' }
    const link = await client.extract.link({ product: 'residential', session: 'sticky', count: 1, country: 'us' })
    expect(link).toContain(`${sim.extractBaseUrl}/api?td-customer=demoshop2024`)
    expect(
      await rejection(client.extract.fetch({ product: 'residential', session: 'sticky', count: 1, country: 'us' })),
    ).toMatchObject({ code: 118, field: 'accountName' })
  })
})

describe('against the simulator: CDK', () => {
  it('creates codes worth whole GB, lists them with ISO times and revokes one', async () => {
    const { client, sim } = await setup()
    const balance = sim.state.trafficBalanceMb
    const codes = await client.cdk.create({ trafficBytes: 2 * GB, count: 2 })
    expect(codes).toHaveLength(2)
    expect(sim.state.trafficBalanceMb).toBeCloseTo(balance - 2 * 2 * 1024, 2)

    const unused = (await client.cdk.list({ status: 'unused' })).cdks
    const created = unused.find((c) => c.code === codes[0])
    expect(created).toMatchObject({ status: 'unused', trafficBytes: 2 * GB })
    expect(created?.createdAt).toBe(new Date(Math.floor(SIM_START / 1000) * 1000).toISOString())

    await client.cdk.revoke({ cdk: codes[0] })
    await expect(client.cdk.info({ cdk: codes[0] })).resolves.toMatchObject({
      status: 'revoked',
      usedBy: null,
      usedAt: null,
    })
  })
})

describe('against the simulator: unlimited servers', () => {
  it('lists servers, reads the monitor and charges a renewal once', async () => {
    const { client, sim } = await setup()
    const { servers } = await client.unlimited.list()
    expect(servers.map((s) => s.insId)).toEqual(sim.state.servers.map((s) => s.insId))
    const running = servers.find((s) => s.running)
    if (!running?.region) throw new Error('the seeded account has no running server with a region')

    const monitor = await client.unlimited.monitor({
      insId: running.insId,
      region: running.region,
      from: new Date(SIM_START - 3_600_000).toISOString(),
      to: new Date(SIM_START).toISOString(),
      period: 300,
    })
    expect(monitor.cpu.length).toBeGreaterThan(0)
    expect(monitor.cpu[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T/)

    const wallet = sim.state.walletBalance
    const order = await client.unlimited.renew({ insId: running.insId, packageId: 27 })
    expect(order.orderId).toMatch(/^Thor/)
    expect(sim.state.walletBalance).toBeCloseTo(wallet - (order.amount ?? Number.NaN), 2)

    await client.unlimited.restart({ planName: running.planName })
    const after = (await client.unlimited.list()).servers.find((s) => s.insId === running.insId)
    expect(after).toMatchObject({ statusText: 'Restarting', running: false })
  })

  it('reports a wallet too low for an upgrade in plain words', async () => {
    const { client, sim } = await setup()
    sim.state.walletBalance = 0
    const server = sim.state.servers.find((s) => s.svId !== 4)
    if (!server) throw new Error('the seeded account has no upgradable server')
    const error = await rejection(client.unlimited.upgrade({ insId: server.insId, bandwidthId: 9, machineId: 4 }))
    expect(error).toMatchObject({ code: 10008, kind: 'conflict', retryable: false })
    expect(error.message).toMatch(/^Your wallet balance is too low/)
  })
})
