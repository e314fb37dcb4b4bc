import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestSimulator, TEST_NOW, type TestSimulator } from './test-support'

interface CdkRow {
  cdk: string
  create_time: number
  status: number
  traffic: number
  traffic_duration: number
}

let t: TestSimulator
beforeEach(async () => {
  t = await startTestSimulator()
})
afterEach(() => t.close())

const list = async (status?: number) =>
  (await t.get<CdkRow[]>('/cdk/list', status === undefined ? {} : { status })).data
const balanceMb = async () =>
  (await t.get<{ traffic_balance: number }>('/account/traffic-balance')).data.traffic_balance

describe('CDK', () => {
  it('lists codes in every status, newest first, with unix-second times', async () => {
    const all = await list()
    expect(new Set(all.map((c) => c.status))).toEqual(new Set([1, 2, 3]))
    expect(all.map((c) => c.create_time)).toEqual([...all.map((c) => c.create_time)].sort((a, b) => b - a))
    expect(all[0].create_time).toBeLessThan(TEST_NOW / 1000)
    expect(all[0].create_time).toBeGreaterThan(TEST_NOW / 1000 - 400 * 86_400)
    expect(all[0].traffic_duration).toBe(7_776_000)
    expect((await list(2)).every((c) => c.status === 2)).toBe(true)
    expect((await t.get('/cdk/list', { status: 4 })).code).toBe(10000)
  })

  it('creates codes, charging flow × num GB from the traffic balance', async () => {
    const before = await balanceMb()
    const res = await t.post<{ cdk: string[] }>('/cdk/create', { flow: 2, num: 3 })
    expect(res.code).toBe(200)
    expect(res.data.cdk).toHaveLength(3)
    for (const code of res.data.cdk) expect(code).toMatch(/^[A-Za-z0-9]{16}$/)
    expect(await balanceMb()).toBeCloseTo(before - 6 * 1024, 2)
    const unused = await list(1)
    expect(
      unused
        .slice(0, 3)
        .map((c) => c.cdk)
        .sort(),
    ).toEqual([...res.data.cdk].sort())
    expect(unused[0]).toMatchObject({ create_time: Math.floor(TEST_NOW / 1000), traffic: 2, status: 1 })
  })

  it('refuses to create more than the balance holds (10017) and bad quantities', async () => {
    t.sim.state.trafficBalanceMb = 3000
    expect((await t.post('/cdk/create', { flow: 1, num: 3 })).code).toBe(10017)
    expect(t.sim.state.trafficBalanceMb).toBe(3000)
    expect((await t.post('/cdk/create', { flow: 1, num: 0 })).code).toBe(10003)
    expect((await t.post('/cdk/create', { flow: 0, num: 1 })).code).toBe(10000)
  })

  it('shows details of a redeemed code and of an unused one', async () => {
    const used = (await list(2))[0]
    const info = await t.get<Record<string, unknown>>('/cdk/info', { cdk: used.cdk })
    expect(info.data).toMatchObject({ cdk: used.cdk, status: 2, traffic: used.traffic })
    expect(info.data.use_username).not.toBe('')
    expect(info.data.use_time).toBeGreaterThan(used.create_time)
    const unused = (await list(1))[0]
    expect((await t.get('/cdk/info', { cdk: unused.cdk })).data).toMatchObject({ use_username: '', use_time: 0 })
    expect((await t.get('/cdk/info', { cdk: 'NOPE' })).code).toBe(10000)
  })

  it('revokes an unused code (status 3, traffic returned) but not a redeemed or revoked one', async () => {
    const unused = (await list(1))[0]
    const before = await balanceMb()
    expect(await t.post('/cdk/revoke', { cdk: unused.cdk })).toEqual({ code: 200, data: {}, msg: 'ok' })
    expect((await t.get<CdkRow>('/cdk/info', { cdk: unused.cdk })).data.status).toBe(3)
    expect(await balanceMb()).toBeCloseTo(before + unused.traffic * 1024, 2)
    expect((await t.post('/cdk/revoke', { cdk: unused.cdk })).code).toBe(10000)
    const used = (await list(2))[0]
    const refused = await t.post('/cdk/revoke', { cdk: used.cdk })
    expect(refused.code).toBe(10000)
    expect(refused.msg).toMatch(/redeemed/)
  })
})
