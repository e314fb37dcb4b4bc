import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSimulator, TEST_NOW, type TestSimulator } from './test-support'
import { DAY_MS, formatDate } from './time'

interface Usage {
  total_usage_traffic: number
  traffic_balance: number
  query_days: number
  range_usage_traffic: number
  data: Array<{ date: string; usage_traffic: number }>
}

let t: TestSimulator
beforeAll(async () => {
  t = await startTestSimulator()
})
afterAll(() => t.close())

const daysAgo = (n: number): string => formatDate(TEST_NOW - n * DAY_MS)

describe('account', () => {
  it('reports about 37.4 GB of traffic in MB, expiring 40 days from now', async () => {
    const res = await t.get<{ traffic_balance: number; expiration_time: string }>('/account/traffic-balance')
    expect(res.code).toBe(200)
    expect(res.msg).toBe('ok')
    expect(res.data.traffic_balance / 1024).toBeCloseTo(37.4, 1)
    expect(res.data.expiration_time).toBe(formatDate(TEST_NOW + 40 * DAY_MS))
  })

  it('reports the wallet under data.wallet_balance', async () => {
    expect(await t.get('/account/wallet-balance')).toEqual({ code: 200, data: { wallet_balance: 125.5 }, msg: 'ok' })
  })

  it('gives one row per day in KB, with totals that add up', async () => {
    const res = await t.get<Usage>('/account/usage-statistics', { from_date: daysAgo(6), to_date: daysAgo(0) })
    expect(res.code).toBe(200)
    const { data } = res
    expect(data.query_days).toBe(7)
    expect(data.data.map((d) => d.date)).toEqual([6, 5, 4, 3, 2, 1, 0].map(daysAgo))
    expect(data.range_usage_traffic).toBe(data.data.reduce((sum, d) => sum + d.usage_traffic, 0))
    expect(data.total_usage_traffic).toBeGreaterThan(data.range_usage_traffic)
    // A small business: a few hundred MB to a few GB a day.
    for (const day of data.data.slice(0, 6)) expect(day.usage_traffic / 1024).toBeGreaterThan(100)
  })

  it('describes the same remaining traffic in KB as traffic-balance does in MB, also after a change', async () => {
    const read = async () => {
      const mb = (await t.get<{ traffic_balance: number }>('/account/traffic-balance')).data.traffic_balance
      const kb = (await t.get<Usage>('/account/usage-statistics', { from_date: daysAgo(1), to_date: daysAgo(0) })).data
        .traffic_balance
      return { mb, kb }
    }
    const before = await read()
    expect(before.kb).toBeCloseTo(before.mb * 1024, 1)
    t.sim.state.trafficBalanceMb = 1234.5
    const after = await read()
    expect(after).toEqual({ mb: 1234.5, kb: 1234.5 * 1024 })
  })

  it('keeps more than a year of history', async () => {
    const res = await t.get<Usage>('/account/usage-statistics', { from_date: daysAgo(395), to_date: daysAgo(390) })
    expect(res.data.range_usage_traffic).toBeGreaterThan(0)
  })

  it('allows 180 days and refuses 181 with 10021', async () => {
    expect((await t.get('/account/usage-statistics', { from_date: daysAgo(179), to_date: daysAgo(0) })).code).toBe(200)
    const tooLong = await t.get('/account/usage-statistics', { from_date: daysAgo(180), to_date: daysAgo(0) })
    expect(tooLong.code).toBe(10021)
    expect(tooLong.data).toBeNull()
  })

  it('refuses missing, malformed or reversed dates with 10000', async () => {
    expect((await t.get('/account/usage-statistics', { to_date: daysAgo(0) })).code).toBe(10000)
    expect((await t.get('/account/usage-statistics', { from_date: '20260301', to_date: daysAgo(0) })).code).toBe(10000)
    expect((await t.get('/account/usage-statistics', { from_date: '2026-02-30', to_date: daysAgo(0) })).code).toBe(
      10000,
    )
    const reversed = await t.get('/account/usage-statistics', { from_date: daysAgo(0), to_date: daysAgo(3) })
    expect(reversed.code).toBe(10000)
  })
})
