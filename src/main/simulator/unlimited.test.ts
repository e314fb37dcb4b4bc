import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RESTART_MS } from './index'
import { startTestSimulator, TEST_NOW, type TestSimulator } from './test-support'
import { DAY_MS, formatMinute } from './time'

interface ServerRow {
  purchase_time: string
  expiration_time: string
  plan_name: string
  server: string
  bandwidth: string
  status: string
  order_id: string
  ins_id: string
  region: string
}
interface Series {
  times: number[]
  values: number[]
}

let t: TestSimulator
beforeEach(async () => {
  t = await startTestSimulator()
})
afterEach(() => t.close())

const servers = async () => (await t.get<ServerRow[]>('/unlimited/server-list')).data
const server = async (i: number) => (await servers())[i]
const nowS = Math.floor(TEST_NOW / 1000)

describe('unlimited server list', () => {
  it('lists the servers: one healthy, one expiring within days, one expired', async () => {
    const list = await servers()
    expect(list).toHaveLength(3)
    expect(list[0]).toEqual({
      purchase_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      expiration_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      plan_name: expect.stringMatching(/^[a-z0-9]{8}\.proxy\.thordata\.net$/),
      server: '16vCPU 32GiB',
      bandwidth: '500Mbps',
      status: 'Turn on',
      order_id: expect.stringMatching(/^Thor\d+$/),
      ins_id: expect.stringMatching(/^ins-/),
      region: 'na-siliconvalley',
    })
    const soon = formatMinute(TEST_NOW + 7 * DAY_MS)
    expect(list[1].status).toBe('Turn on')
    expect(list[1].expiration_time < soon).toBe(true)
    expect(list[2].status).toBe('Expired')
  })
})

describe('restart', () => {
  it('shows Restarting, then Turn on again once RESTART_MS of clock time has passed', async () => {
    const { plan_name } = await server(0)
    expect(await t.post('/unlimited/restart-server', { plan_name })).toEqual({ code: 200, data: {}, msg: 'ok' })
    expect((await server(0)).status).toBe('Restarting')
    t.advance(RESTART_MS)
    expect((await server(0)).status).toBe('Turn on')
  })

  it('answers 10010 for an unknown plan and 10000 for an expired server', async () => {
    expect((await t.post('/unlimited/restart-server', { plan_name: 'nope.proxy.thordata.net' })).code).toBe(10010)
    expect((await t.post('/unlimited/restart-server', { plan_name: (await server(2)).plan_name })).code).toBe(10000)
  })
})

describe('monitor', () => {
  it('answers the five metrics on period-aligned times inside the window, never past now', async () => {
    const { ins_id, region } = await server(0)
    const res = await t.get<Record<string, Series>>('/unlimited/server-monitor', {
      ins_id,
      region,
      start_time: nowS - 3600,
      end_time: nowS + 3600,
    })
    expect(Object.keys(res.data).sort()).toEqual([
      'CpuUsage',
      'MemUsage',
      'TcpCurrEstab',
      'WanIntraffic',
      'WanOuttraffic',
    ])
    const cpu = res.data.CpuUsage
    expect(cpu.times.length).toBe(13)
    expect(cpu.times.every((time) => time % 300 === 0 && time >= nowS - 3600 && time <= nowS)).toBe(true)
    expect(cpu.values).toHaveLength(cpu.times.length)
    expect(cpu.values.every((v) => v > 0 && v <= 100)).toBe(true)
    const hourly = await t.get<Record<string, Series>>('/unlimited/server-monitor', {
      ins_id,
      start_time: nowS - 86_400,
      end_time: nowS,
      period: 3600,
    })
    expect(hourly.data.TcpCurrEstab.times).toHaveLength(24)
  })

  it('gives the same history whenever it is asked', async () => {
    const { ins_id } = await server(1)
    const query = { ins_id, start_time: nowS - 1800, end_time: nowS, period: 60 }
    expect((await t.get('/unlimited/server-monitor', query)).data).toEqual(
      (await t.get('/unlimited/server-monitor', query)).data,
    )
  })

  it('refuses unknown servers (10010), a wrong region, a bad period or a reversed window (10000)', async () => {
    const { ins_id } = await server(0)
    const window = { start_time: nowS - 600, end_time: nowS }
    expect((await t.get('/unlimited/server-monitor', { ins_id: 'ins-none', ...window })).code).toBe(10010)
    expect((await t.get('/unlimited/server-monitor', { ins_id, region: 'eu-paris', ...window })).code).toBe(10000)
    expect((await t.get('/unlimited/server-monitor', { ins_id, ...window, period: 120 })).code).toBe(10000)
    expect((await t.get('/unlimited/server-monitor', { ins_id, start_time: nowS, end_time: nowS - 60 })).code).toBe(
      10000,
    )
  })

  it('answers the load-balancing monitor in its status_code/payload envelope', async () => {
    const { ins_id } = await server(0)
    const res = await t.get<unknown>('/unlimited/balancing-monitor', { ins_id, start_time: nowS - 600, end_time: nowS })
    expect(res).toMatchObject({ status_code: 200, payload: { client_connection_count: { times: expect.any(Array) } } })
  })

  it('answers its refusals and an injected error code in that envelope too', async () => {
    const window = { start_time: nowS - 600, end_time: nowS }
    expect(await t.get<unknown>('/unlimited/balancing-monitor', { ins_id: 'ins-none', ...window })).toMatchObject({
      status_code: 10010,
      payload: null,
    })
    const { ins_id } = await server(0)
    t.sim.faults.add({ kind: 'code', code: 10011, path: '/unlimited/balancing-monitor', times: 1 })
    const refused = await t.get<unknown>('/unlimited/balancing-monitor', { ins_id, ...window })
    expect(refused).toMatchObject({ status_code: 10011, payload: null })
    expect(refused).not.toHaveProperty('code')
  })
})

describe('renew', () => {
  it('extends the term by the package period and charges the wallet', async () => {
    const before = await server(1)
    const res = await t.post<{ order_id: string; order_money: number }>('/unlimited/renew', {
      ins_id: before.ins_id,
      package_id: 8,
    })
    expect(res.code).toBe(200)
    expect(res.data.order_id).toMatch(/^Thor\d+$/)
    expect(res.data.order_money).toBeGreaterThan(0)
    const after = await server(1)
    const expiresAt = (row: ServerRow) => Date.parse(`${row.expiration_time.replace(' ', 'T')}:00Z`)
    expect(expiresAt(after) - expiresAt(before)).toBe(30 * DAY_MS)
    expect(after.order_id).toBe(res.data.order_id)
    const wallet = (await t.get<{ wallet_balance: number }>('/account/wallet-balance')).data.wallet_balance
    expect(wallet).toBeCloseTo(125.5 - res.data.order_money, 2)
  })

  it('brings an expired server back for the period counted from now', async () => {
    const expired = await server(2)
    expect((await t.post('/unlimited/renew', { ins_id: expired.ins_id, package_id: 6 })).code).toBe(200)
    const after = await server(2)
    expect(after.status).toBe('Turn on')
    expect(after.expiration_time).toBe(formatMinute(TEST_NOW + 7 * DAY_MS))
  })

  it('answers 10008 and changes nothing once the wallet is short', async () => {
    const { ins_id } = await server(1)
    expect((await t.post('/unlimited/renew', { ins_id, package_id: 8 })).code).toBe(200)
    expect((await t.post('/unlimited/renew', { ins_id, package_id: 8 })).code).toBe(200)
    const before = await server(1)
    const wallet = t.sim.state.walletBalance
    expect((await t.post('/unlimited/renew', { ins_id, package_id: 8 })).code).toBe(10008)
    expect(await server(1)).toEqual(before)
    expect(t.sim.state.walletBalance).toBe(wallet)
  })

  it('refuses unknown packages (10000) and servers (10010)', async () => {
    const { ins_id } = await server(0)
    expect((await t.post('/unlimited/renew', { ins_id, package_id: 9 })).code).toBe(10000)
    expect((await t.post('/unlimited/renew', { ins_id: 'ins-none', package_id: 8 })).code).toBe(10010)
  })
})

describe('upgrade', () => {
  it('changes machine and bandwidth and charges the wallet', async () => {
    const { ins_id } = await server(0)
    const res = await t.post<{ order_id: string; order_money: number }>('/unlimited/upgrade', {
      ins_id,
      bw_id: 5,
      sv_id: 3,
    })
    expect(res.code).toBe(200)
    expect(res.data.order_money).toBeGreaterThan(0)
    expect(await server(0)).toMatchObject({ server: '32vCPU 64GiB', bandwidth: '600Mbps' })
    expect(t.sim.state.walletBalance).toBeCloseTo(125.5 - res.data.order_money, 2)
  })

  it('refuses a downgrade or no change (10000), an unknown bw_id (10000) and a short wallet (10008)', async () => {
    const { ins_id } = await server(1)
    expect((await t.post('/unlimited/upgrade', { ins_id, bw_id: 1, sv_id: 2 })).code).toBe(10000)
    expect((await t.post('/unlimited/upgrade', { ins_id, bw_id: 2, sv_id: 5 })).code).toBe(10000)
    expect((await t.post('/unlimited/upgrade', { ins_id, bw_id: 10, sv_id: 2 })).code).toBe(10000)
    t.sim.state.walletBalance = 0
    expect((await t.post('/unlimited/upgrade', { ins_id, bw_id: 9, sv_id: 4 })).code).toBe(10008)
    expect(await server(1)).toMatchObject({ server: '8vCPU 16GiB', bandwidth: '300Mbps' })
  })
})

describe('sub-users on a server', () => {
  it('lists, binds and unbinds unlimited sub-users by server domain or IP', async () => {
    const { plan_name } = await server(0)
    type Bound = Array<{ domain: string; ip: string; sub_users: Array<{ username: string; create_time: number }> }>
    const read = async () => (await t.post<Bound>('/get_unlimited_servers_bind_user', { ip: plan_name })).data[0]
    const before = await read()
    expect(before.domain).toBe(plan_name)
    expect(before.sub_users.map((u) => u.username)).toEqual(['crawlfarm1', 'socialops'])
    expect((await t.post('/add_unlimited_servers_bind_user', { ip: before.ip, username: 'adverify9' })).code).toBe(200)
    expect((await read()).sub_users.map((u) => u.username)).toContain('adverify9')
    expect((await t.post('/add_unlimited_servers_bind_user', { ip: before.ip, username: 'nosuchuser' })).code).toBe(
      10020,
    )
    expect((await t.post('/del_unlimited_servers_bind_user', { ip: plan_name, username: 'crawlfarm1' })).code).toBe(200)
    expect((await read()).sub_users.map((u) => u.username)).toEqual(['socialops', 'adverify9'])
  })
})
