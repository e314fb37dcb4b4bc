import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestSimulator, TEST_NOW, type TestSimulator } from './test-support'
import { DAY_MS, formatDate } from './time'

interface UserRow {
  created_time: string
  username: string
  password: string
  status: boolean
  traffic_limit: number
  usage_traffic: number
}
interface UserList {
  limit: number
  remaining_limit: number
  user_count: number
  list: UserRow[]
}

let t: TestSimulator
beforeEach(async () => {
  t = await startTestSimulator()
})
afterEach(() => t.close())

const list = async (proxyType = 1) => (await t.get<UserList>('/proxy-users/user-list', { proxy_type: proxyType })).data
const row = async (username: string, proxyType = 1) => (await list(proxyType)).list.find((u) => u.username === username)
const create = (form: Record<string, string | number>) =>
  t.post('/proxy-users/create-user', { proxy_type: 1, traffic_limit: 0, status: 'true', ...form })

describe('proxy user list', () => {
  it('lists residential and unlimited users with counters, clear-text passwords, MB figures and boolean status', async () => {
    const residential = await list(1)
    expect(residential.user_count).toBe(residential.list.length)
    expect(residential.remaining_limit).toBe(residential.limit - residential.user_count)
    expect(residential.user_count).toBeGreaterThanOrEqual(3)
    expect(residential.list.some((u) => u.status === false)).toBe(true)
    expect(residential.list.some((u) => u.traffic_limit > 0 && u.usage_traffic > 0)).toBe(true)
    for (const u of residential.list) {
      expect(u.created_time).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(u.password).toMatch(/^[A-Za-z][A-Za-z0-9]{5,14}$/)
      if (u.traffic_limit > 0) expect(u.traffic_limit).toBeGreaterThanOrEqual(100)
    }
    expect((await list(2)).user_count).toBeGreaterThanOrEqual(2)
  })
})

describe('create user', () => {
  it('adds a user that the list then shows, created today', async () => {
    const before = await list()
    expect(await create({ username: 'newshop7', password: 'Secret123', traffic_limit: 2048, status: 'false' })).toEqual(
      {
        code: 200,
        data: {},
        msg: 'ok',
      },
    )
    const after = await list()
    expect(after.user_count).toBe(before.user_count + 1)
    expect(after.remaining_limit).toBe(before.remaining_limit - 1)
    expect(after.list.find((u) => u.username === 'newshop7')).toEqual({
      created_time: formatDate(TEST_NOW),
      username: 'newshop7',
      password: 'Secret123',
      status: false,
      traffic_limit: 2048,
      usage_traffic: 0,
    })
  })

  it.each([['short'], ['toolongusername16'], ['bad_name'], ['名字名字名字']])(
    'refuses username %s with 10015',
    async (name) => {
      expect((await create({ username: name, password: 'Secret123' })).code).toBe(10015)
    },
  )

  it.each([['1secret'], ['Sec1'], ['Secret_123'], ['Abcdefghijklmnop']])(
    'refuses password %s with 10016',
    async (pw) => {
      expect((await create({ username: 'gooduser1', password: pw })).code).toBe(10016)
    },
  )

  it('refuses a cap between 1 and 99 MB, a non-number, or a missing status with 10000', async () => {
    expect((await create({ username: 'gooduser1', password: 'Secret123', traffic_limit: 99 })).code).toBe(10000)
    expect((await create({ username: 'gooduser1', password: 'Secret123', traffic_limit: '1GB' })).code).toBe(10000)
    const noStatus = await t.post('/proxy-users/create-user', {
      proxy_type: 1,
      username: 'gooduser1',
      password: 'Secret123',
      traffic_limit: 100,
    })
    expect(noStatus.code).toBe(10000)
    expect((await create({ username: 'gooduser1', password: 'Secret123', traffic_limit: 100 })).code).toBe(200)
  })

  it('refuses an existing name with 10018 and a full account with 10019', async () => {
    const taken = (await list()).list[0].username
    expect((await create({ username: taken, password: 'Secret123' })).code).toBe(10018)
    t.sim.state.proxyUserLimits[1] = (await list()).user_count
    expect((await list()).remaining_limit).toBe(0)
    expect((await create({ username: 'onetoomany', password: 'Secret123' })).code).toBe(10019)
  })
})

describe('update user', () => {
  it('applies every field it is sent', async () => {
    const res = await t.post('/proxy-users/update-user', {
      proxy_type: 1,
      username: 'pricebot',
      new_username: 'pricebot2',
      new_password: 'Changed99',
      new_traffic_limit: 500,
      new_status: 'false',
    })
    expect(res.code).toBe(200)
    expect(await row('pricebot')).toBeUndefined()
    expect(await row('pricebot2')).toMatchObject({ password: 'Changed99', traffic_limit: 500, status: false })
  })

  it('removes the cap and enables the user when new_traffic_limit and new_status are left out (reference §4.3)', async () => {
    const before = await row('qatesting')
    expect(before).toMatchObject({ status: false })
    expect(before?.traffic_limit).toBeGreaterThan(0)
    await t.post('/proxy-users/update-user', { proxy_type: 1, username: 'qatesting', new_password: 'Another1' })
    expect(await row('qatesting')).toMatchObject({ password: 'Another1', traffic_limit: 0, status: true })
  })

  it('keeps a user unchanged when the current values are sent back', async () => {
    const before = await row('seoteam')
    if (!before) throw new Error('seed has seoteam')
    await t.post('/proxy-users/update-user', {
      proxy_type: 1,
      username: 'seoteam',
      new_username: before.username,
      new_password: before.password,
      new_traffic_limit: before.traffic_limit,
      new_status: String(before.status),
    })
    expect(await row('seoteam')).toEqual(before)
  })

  it('validates like create: 10020 unknown, 10015, 10016, 10000 cap, 10018 rename onto another user', async () => {
    const base = { proxy_type: 1, new_traffic_limit: 0, new_status: 'true' }
    expect((await t.post('/proxy-users/update-user', { ...base, username: 'nobodyhere' })).code).toBe(10020)
    expect((await t.post('/proxy-users/update-user', { ...base, username: 'shop01', new_username: 'x!' })).code).toBe(
      10015,
    )
    expect(
      (await t.post('/proxy-users/update-user', { ...base, username: 'shop01', new_password: '9abcdef' })).code,
    ).toBe(10016)
    expect(
      (await t.post('/proxy-users/update-user', { ...base, username: 'shop01', new_traffic_limit: 50 })).code,
    ).toBe(10000)
    expect(
      (await t.post('/proxy-users/update-user', { ...base, username: 'shop01', new_username: 'seoteam' })).code,
    ).toBe(10018)
  })

  it('carries an unlimited user to its new name on the servers it is bound to', async () => {
    await t.post('/proxy-users/update-user', {
      proxy_type: 2,
      username: 'crawlfarm1',
      new_username: 'crawlfarm2',
      new_traffic_limit: 0,
      new_status: 'true',
    })
    const bound = t.sim.state.servers.flatMap((s) => s.boundUsers.map((b) => b.username))
    expect(bound).toContain('crawlfarm2')
    expect(bound).not.toContain('crawlfarm1')
  })
})

describe('delete user', () => {
  it('removes the user from the list; an unknown one is 10020', async () => {
    expect((await t.post('/proxy-users/delete-user', { proxy_type: 1, username: 'shop01' })).code).toBe(200)
    expect(await row('shop01')).toBeUndefined()
    expect((await t.post('/proxy-users/delete-user', { proxy_type: 1, username: 'shop01' })).code).toBe(10020)
  })
})

interface UserUsage {
  traffic_limit: number
  total_usage_traffic: number
  traffic_balance: number
  query_days: number
  range_usage_traffic: number
  data: Array<{ date: string; usage_traffic: number }>
}

const day = (n: number) => formatDate(TEST_NOW - n * DAY_MS)

describe('proxy user usage', () => {
  it('reports a capped user in KB: cap, total, what is left, one row per day', async () => {
    const user = await row('pricebot')
    const res = await t.get<UserUsage>('/proxy-users/usage-statistics', {
      proxy_type: 1,
      username: 'pricebot',
      from_date: day(6),
      to_date: day(0),
    })
    expect(res.code).toBe(200)
    const u = res.data
    expect(u.traffic_limit).toBe((user?.traffic_limit ?? 0) * 1024)
    expect(u.total_usage_traffic / 1024).toBeCloseTo(user?.usage_traffic ?? 0, 1)
    expect(u.traffic_balance).toBeCloseTo(u.traffic_limit - u.total_usage_traffic, 1)
    expect(u.query_days).toBe(7)
    expect(u.data).toHaveLength(7)
    expect(u.range_usage_traffic).toBe(u.data.reduce((s, d) => s + d.usage_traffic, 0))
  })

  it('adds up several comma-separated users', async () => {
    const query = { proxy_type: 1, from_date: day(3), to_date: day(1) }
    const one = (await t.get<UserUsage>('/proxy-users/usage-statistics', { ...query, username: 'shop01' })).data
    const two = (await t.get<UserUsage>('/proxy-users/usage-statistics', { ...query, username: 'seoteam' })).data
    const both = (await t.get<UserUsage>('/proxy-users/usage-statistics', { ...query, username: 'shop01,seoteam' }))
      .data
    expect(both.range_usage_traffic).toBe(one.range_usage_traffic + two.range_usage_traffic)
  })

  it('refuses unknown users (10020) and ranges over 180 days (10021)', async () => {
    const query = { proxy_type: 1, from_date: day(3), to_date: day(0) }
    expect((await t.get('/proxy-users/usage-statistics', { ...query, username: 'ghostuser' })).code).toBe(10020)
    const long = { proxy_type: 1, username: 'shop01', from_date: day(200), to_date: day(0) }
    expect((await t.get('/proxy-users/usage-statistics', long)).code).toBe(10021)
  })

  it('splits a day into hours that add up to the daily figure, leaving unfinished hours at 0', async () => {
    const query = { proxy_type: 1, username: 'shop01' }
    for (const n of [1, 0]) {
      const daily = (
        await t.get<UserUsage>('/proxy-users/usage-statistics', { ...query, from_date: day(n), to_date: day(n) })
      ).data.range_usage_traffic
      const hourly = (
        await t.get<UserUsage>('/proxy-users/usage-statistics-hour', {
          ...query,
          from_date: `${day(n)} 00`,
          to_date: `${day(n)} 23`,
        })
      ).data
      expect(hourly.data).toHaveLength(24)
      expect(hourly.data[0].date).toBe(`${day(n)} 00`)
      expect(hourly.range_usage_traffic).toBeCloseTo(daily, 0)
      if (n === 0) {
        // TEST_NOW is 12:30, so hours 12 and later have not finished yet.
        expect(hourly.data[11].usage_traffic).toBeGreaterThan(0)
        expect(hourly.data.slice(12).every((h) => h.usage_traffic === 0)).toBe(true)
      }
    }
    const bad = await t.get('/proxy-users/usage-statistics-hour', {
      ...query,
      from_date: `${day(1)} 24`,
      to_date: day(0),
    })
    expect(bad.code).toBe(10000)
  })
})
