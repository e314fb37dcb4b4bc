import { type AppError, AppErrorException } from '@shared/errors'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { RESTART_MS, type Simulator } from '../simulator'
import { simClientFromSettingsPerTest } from '../thordata/testing/sim-client'
import { unlimitedHandlers } from './unlimited'

const START = Date.parse('2026-03-10T12:30:00Z')
const setup = simClientFromSettingsPerTest()
let now: number
let sim: Simulator
let handlers: ReturnType<typeof unlimitedHandlers>

beforeEach(async () => {
  now = START
  const started = await setup({
    sim: { now: () => new Date(now) },
    config: { timeoutMs: 500 },
    log: createMemoryLogger(),
  })
  sim = started.sim
  handlers = unlimitedHandlers(started.client)
})

/** The AppError a handler failed with; fails the test when it resolved or threw anything else. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const thrown = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (cause: unknown) => cause,
  )
  if (!(thrown instanceof AppErrorException)) throw thrown
  return thrown.appError
}

const sent = (path: string) => sim.requests().filter((r) => r.path.endsWith(path)).length
const statusOf = async (planName: string) =>
  (await handlers['unlimited.servers']()).servers.find((s) => s.planName === planName)

describe('unlimited.servers', () => {
  it('lists every server with the fields the table shows', async () => {
    const { servers, skipped } = await handlers['unlimited.servers']()
    expect(skipped).toBe(0)
    expect(servers).toHaveLength(sim.state.servers.length)
    const first = servers[0]
    expect(first).toMatchObject({
      planName: sim.state.servers[0].planName,
      insId: sim.state.servers[0].insId,
      region: 'na-siliconvalley',
      machine: '16vCPU 32GiB',
      bandwidth: '500Mbps',
      statusText: 'Turn on',
      running: true,
    })
    expect(first.orderId).toMatch(/^Thor\d+$/)
    expect(Date.parse(first.expiresAt ?? '')).toBeGreaterThan(START)
    // The expired one reads as not running.
    expect(servers.find((s) => s.region === 'ap-singapore')?.running).toBe(false)
  })
})

describe('unlimited.restart', () => {
  it('sends one restart; the list reads "Restarting" until the server is back', async () => {
    const planName = sim.state.servers[0].planName
    await handlers['unlimited.restart']({ planName })
    expect(sent('/unlimited/restart-server')).toBe(1)
    expect(await statusOf(planName)).toMatchObject({ statusText: 'Restarting', running: false })
    now += RESTART_MS
    expect(await statusOf(planName)).toMatchObject({ statusText: 'Turn on', running: true })
  })

  it('is never retried when the answer is lost, and says it may or may not have happened', async () => {
    sim.faults.add({ kind: 'reset', path: '/unlimited/restart-server', times: 1 })
    const error = await failure(handlers['unlimited.restart']({ planName: sim.state.servers[0].planName }))
    expect(error).toMatchObject({ kind: 'network', retryable: false })
    expect(error.message).toMatch(/interrupted.*may or may not have been made/)
    expect(sent('/unlimited/restart-server')).toBe(1)
  })

  it('refuses an expired server with Thordata’s reason, and it stays as it was', async () => {
    const expired = sim.state.servers.find((s) => s.expiresAt <= now)
    if (!expired) throw new Error('the seeded account has no expired server')
    const error = await failure(handlers['unlimited.restart']({ planName: expired.planName }))
    expect(error).toMatchObject({ code: 10000, kind: 'validation' })
    expect(error.message).toContain(`${expired.planName} has expired; renew it first"`)
    expect(expired.restartingUntil).toBeNull()
  })

  it('an expired plan (121) on a restart says to renew the server', async () => {
    sim.faults.add({ kind: 'code', code: 121, path: '/unlimited/restart-server' })
    const error = await failure(handlers['unlimited.restart']({ planName: sim.state.servers[0].planName }))
    expect(error).toMatchObject({ code: 121, kind: 'conflict' })
    expect(error.message).toBe('This server’s plan has expired. Renew it to restart or monitor it again.')
  })

  it('a purchase code on a restart says only that it was refused, never "not charged twice"', async () => {
    sim.faults.add({ kind: 'code', code: 10009, path: '/unlimited/restart-server' })
    const error = await failure(handlers['unlimited.restart']({ planName: sim.state.servers[0].planName }))
    expect(error.message).toMatch(/refused this request for the server \(error code 10009\)/)
    expect(error.message).not.toMatch(/order|charged/)
  })
})

describe('unlimited.monitor', () => {
  const day = { from: new Date(START - 86_400_000).toISOString(), to: new Date(START).toISOString() }

  it('answers a day at one point a minute for each of the five metrics, with the region sent', async () => {
    const server = sim.state.servers[0]
    const monitor = await handlers['unlimited.monitor']({
      insId: server.insId,
      region: server.region,
      ...day,
      period: 60,
    })
    for (const series of [monitor.cpu, monitor.memory, monitor.tcpConnections, monitor.wanIn, monitor.wanOut]) {
      expect(series.length).toBeGreaterThanOrEqual(1_440)
      expect(series.length).toBeLessThanOrEqual(1_441)
    }
    expect(Date.parse(monitor.cpu[1].at) - Date.parse(monitor.cpu[0].at)).toBe(60_000)
    expect(monitor.cpu.every((p) => p.value >= 0 && p.value <= 100)).toBe(true)
  })

  it('works without a region (older docs, a list that sends none)', async () => {
    const server = sim.state.servers[1]
    const monitor = await handlers['unlimited.monitor']({ insId: server.insId, ...day, period: 3600 })
    expect(monitor.wanIn.length).toBeGreaterThanOrEqual(24)
  })

  it('each period spaces the points by that many seconds', async () => {
    const server = sim.state.servers[0]
    const week = { from: new Date(START - 7 * 86_400_000).toISOString(), to: new Date(START).toISOString() }
    for (const period of [60, 300, 3600, 86400] as const) {
      const range = period === 60 ? day : week
      const { memory } = await handlers['unlimited.monitor']({ insId: server.insId, ...range, period })
      expect(Date.parse(memory[1].at) - Date.parse(memory[0].at)).toBe(period * 1000)
    }
  })
})

describe('unlimited.balancingMonitor', () => {
  const hour = { from: new Date(START - 3_600_000).toISOString(), to: new Date(START).toISOString() }

  it('reads the load balancer’s series from its status_code/payload envelope, at the period asked', async () => {
    const server = sim.state.servers[0]
    const { series } = await handlers['unlimited.balancingMonitor']({
      insId: server.insId,
      region: server.region,
      ...hour,
      period: 60,
    })
    expect(series.map((s) => s.name)).toEqual(['client_connection_count', 'client_in_traffic'])
    for (const { points } of series) {
      expect(points.length).toBeGreaterThanOrEqual(60)
      expect(Date.parse(points[1].at) - Date.parse(points[0].at)).toBe(60_000)
      expect(points.every((p) => p.value >= 0)).toBe(true)
    }
    expect(sent('/unlimited/balancing-monitor')).toBe(1)
  })

  it('works without a region, and says what Thordata refused in the same words as any other call', async () => {
    const server = sim.state.servers[1]
    const { series } = await handlers['unlimited.balancingMonitor']({ insId: server.insId, ...hour, period: 300 })
    expect(series[0].points.length).toBeGreaterThanOrEqual(12)
    await expect(
      handlers['unlimited.balancingMonitor']({ insId: 'ins-none', ...hour, period: 300 }),
    ).rejects.toMatchObject({ appError: { code: 10010, kind: 'not-found' } })
  })
})

describe('unlimited.renew and unlimited.upgrade', () => {
  it('a second order for the same server while the first is under way gets the first one’s answer', async () => {
    const server = sim.state.servers[0]
    sim.faults.add({ kind: 'latency', latencyMs: 100, path: '/unlimited/renew', times: 1 })
    const [a, b] = await Promise.all([
      handlers['unlimited.renew']({ insId: server.insId, packageId: 27 }),
      handlers['unlimited.renew']({ insId: server.insId, packageId: 27 }),
    ])
    expect(a).toEqual(b)
    expect(sent('/unlimited/renew')).toBe(1)
    // Once it is over, a new order is a new request.
    await handlers['unlimited.renew']({ insId: server.insId, packageId: 27 })
    expect(sent('/unlimited/renew')).toBe(2)
  })
  it('a different order for that server while one is under way is refused, never answered with the first one', async () => {
    const server = sim.state.servers[0]
    sim.faults.add({ kind: 'latency', latencyMs: 100, path: '/unlimited/renew', times: 1 })
    const renewing = handlers['unlimited.renew']({ insId: server.insId, packageId: 27 })
    await expect(handlers['unlimited.renew']({ insId: server.insId, packageId: 8 })).rejects.toMatchObject({
      appError: { kind: 'conflict' },
    })
    await expect(
      handlers['unlimited.upgrade']({ insId: server.insId, bandwidthId: 9, machineId: 4 }),
    ).rejects.toMatchObject({ appError: { kind: 'conflict' } })
    await renewing
    expect(sent('/unlimited/renew')).toBe(1)
    expect(sent('/unlimited/upgrade')).toBe(0)
  })
})

describe('unlimited.boundUsers, bindUser and unbindUser', () => {
  const listPath = '/get_unlimited_servers_bind_user'
  const names = async (server: string) =>
    (await handlers['unlimited.boundUsers']({ server })).users.map((u) => u.username)

  it('lists, binds and unbinds, each change once, naming the server by domain or by IP', async () => {
    const server = sim.state.servers[0]
    expect(await names(server.planName)).toEqual(['crawlfarm1', 'socialops'])
    await handlers['unlimited.bindUser']({ server: server.ip, username: 'adverify9' })
    expect(await names(server.planName)).toEqual(['crawlfarm1', 'socialops', 'adverify9'])
    await handlers['unlimited.unbindUser']({ server: server.planName, username: 'crawlfarm1' })
    expect(await names(server.ip)).toEqual(['socialops', 'adverify9'])
    expect(sent('/add_unlimited_servers_bind_user')).toBe(1)
    expect(sent('/del_unlimited_servers_bind_user')).toBe(1)
  })

  it('a list whose answer is lost is asked again; a failing one can be tried again', async () => {
    const server = sim.state.servers[0]
    sim.faults.add({ kind: 'reset', path: listPath, times: 1 })
    expect(await names(server.planName)).toEqual(['crawlfarm1', 'socialops'])
    expect(sent(listPath)).toBe(2)
    sim.faults.add({ kind: 'http-error', status: 500, path: listPath })
    const error = await failure(handlers['unlimited.boundUsers']({ server: server.planName }))
    expect(error).toMatchObject({ kind: 'server', code: 500, retryable: true })
    expect(error.message).not.toMatch(/may or may not/)
  })

  it('a user that is not a proxy user of the unlimited product is refused on the username field, nothing bound', async () => {
    const server = sim.state.servers[0]
    const error = await failure(handlers['unlimited.bindUser']({ server: server.planName, username: 'nosuchuser1' }))
    expect(error).toMatchObject({ code: 10020, field: 'username' })
    expect(server.boundUsers.map((b) => b.username)).toEqual(['crawlfarm1', 'socialops'])
  })

  it('an unbind whose answer is lost is sent once and says it may or may not have been made', async () => {
    const server = sim.state.servers[0]
    sim.faults.add({ kind: 'reset', path: '/del_unlimited_servers_bind_user', times: 1 })
    const error = await failure(handlers['unlimited.unbindUser']({ server: server.planName, username: 'socialops' }))
    expect(error).toMatchObject({ retryable: false })
    expect(error.message).toMatch(/may or may not have been made/)
    expect(sent('/del_unlimited_servers_bind_user')).toBe(1)
  })

  it('an unknown server is refused in words about servers', async () => {
    const error = await failure(
      handlers['unlimited.bindUser']({ server: 'nosuch.proxy.thordata.net', username: 'adverify9' }),
    )
    expect(error).toMatchObject({ code: 10010, kind: 'not-found' })
    expect(error.message).toMatch(/does not know this server/)
  })
})
