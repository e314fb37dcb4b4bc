import { toBytes } from '@shared/traffic'
import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../simulator'
import { rejection } from './testing/client'
import { simClientPerTest } from './testing/sim-client'

const setup = simClientPerTest()

const MB = 1024 ** 2
const KB = 1024

describe('against the simulator: auth and envelope', () => {
  it('a GET carries token and key in the query and as headers, and is accepted', async () => {
    const { client, seen } = await setup()
    await client.account.walletBalance()
    const [req] = seen
    expect(req.url.searchParams.get('token')).toBe(DEMO_CREDENTIALS.token)
    expect(req.url.searchParams.get('key')).toBe(DEMO_CREDENTIALS.key)
    expect(req.headers.get('token')).toBe(DEMO_CREDENTIALS.token)
    expect(req.headers.get('key')).toBe(DEMO_CREDENTIALS.key)
  })

  it('a POST carries them as headers with a form body, and the change lands', async () => {
    const { client, seen, sim } = await setup()
    await client.whitelist.add({ product: 'residential', ip: '198.51.100.44', enabled: true })
    expect(seen[0].headers.get('token')).toBe(DEMO_CREDENTIALS.token)
    expect(seen[0].headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(new URLSearchParams(seen[0].body).get('ip')).toBe('198.51.100.44')
    expect(sim.state.whitelist[1].map((e) => e.ip)).toContain('198.51.100.44')
  })

  it('maps a rejected key to the key field', async () => {
    const { client, sim } = await setup()
    sim.state.credentials = { ...sim.state.credentials, key: 'someone-reset-it' }
    expect(await rejection(client.account.trafficBalance())).toMatchObject({
      kind: 'auth',
      code: 10014,
      field: 'key',
      retryable: false,
    })
  })

  it('maps a rejected token to the token field', async () => {
    const { client, sim } = await setup()
    sim.state.credentials = { ...sim.state.credentials, token: 'another-account' }
    const error = await rejection(client.account.walletBalance())
    expect(error).toMatchObject({ code: 10013, field: 'token' })
    expect(error.message).toBe('Thordata rejected the token. Copy it again from Dashboard → My Account.')
  })

  it('treats an HTTP 200 with a non-200 payload code as the error it names', async () => {
    const { client, sim } = await setup()
    sim.faults.add({ kind: 'code', code: 10008, path: '/wallet-balance', times: 1 })
    expect(await rejection(client.account.walletBalance())).toMatchObject({ code: 10008, kind: 'conflict' })
  })
})

describe('against the simulator: units', () => {
  it('traffic balance: MB into bytes', async () => {
    const { client, sim } = await setup()
    const balance = await client.account.trafficBalance()
    expect(balance.remainingBytes).toBe(toBytes(sim.state.trafficBalanceMb, 'MB'))
    expect(balance.expiresOn).toBe(sim.state.trafficExpiresOn)
  })

  it('wallet balance: read from wallet_balance', async () => {
    const { client, sim } = await setup()
    await expect(client.account.walletBalance()).resolves.toEqual({
      amount: sim.state.walletBalance,
      currency: 'USD',
    })
  })

  it('account usage: KB into bytes, per day and in total', async () => {
    const { client, sim } = await setup()
    const days = sim.state.accountUsage.slice(-7)
    const report = await client.account.usage({ from: days[0].date, to: days[days.length - 1].date })
    expect(report.days).toEqual(days.map((d) => ({ date: d.date, usedBytes: toBytes(d.kb, 'KB') })))
    expect(report.rangeUsedBytes).toBe(
      toBytes(
        days.reduce((sum, d) => sum + d.kb, 0),
        'KB',
      ),
    )
    // The same balance, MB on one endpoint and KB on the other, comes out as the same bytes.
    expect(report.remainingBytes).toBe((await client.account.trafficBalance()).remainingBytes)
  })

  it('proxy users: limits in MB into bytes; per-user usage in KB into bytes', async () => {
    const { client, sim } = await setup()
    const capped = sim.state.proxyUsers[1].find((u) => u.trafficLimitMb > 0 && u.usage.length > 0)
    if (!capped) throw new Error('the seeded account has no capped residential user with usage')
    const list = await client.proxyUsers.list({ product: 'residential' })
    const listed = list.users.find((u) => u.username === capped.username)
    expect(listed?.trafficLimitBytes).toBe(capped.trafficLimitMb * MB)

    const last = capped.usage[capped.usage.length - 1]
    const usage = await client.proxyUsers.usage({
      product: 'residential',
      username: capped.username,
      from: last.date,
      to: last.date,
    })
    expect(usage.days).toEqual([{ date: last.date, usedBytes: toBytes(last.kb, 'KB') }])
    expect(usage.trafficLimitBytes).toBe(capped.trafficLimitMb * 1024 * KB)
  })
})

describe('against the simulator: lists and proxy types', () => {
  it('reads users under data.list and the whitelist under data.lists, with their counters', async () => {
    const { client, sim } = await setup()
    const users = await client.proxyUsers.list({ product: 'residential' })
    expect(users.users.map((u) => u.username)).toEqual(sim.state.proxyUsers[1].map((u) => u.username))
    expect(users.quota).toEqual({
      limit: sim.state.proxyUserLimits[1],
      remainingLimit: sim.state.proxyUserLimits[1] - sim.state.proxyUsers[1].length,
      userCount: sim.state.proxyUsers[1].length,
    })
    const whitelist = await client.whitelist.list({ product: 'unlimited' })
    expect(whitelist.entries.map((e) => e.ip)).toEqual(sim.state.whitelist[2].map((e) => e.ip))
    expect(whitelist.ipCount).toBe(sim.state.whitelist[2].length)
  })

  it('proxy users: mobile is proxy_type 3', async () => {
    const { client, sim } = await setup()
    await client.proxyUsers.create({
      product: 'mobile',
      username: 'mobile01',
      password: 'Mobile123',
      trafficLimitBytes: 0,
      enabled: true,
    })
    expect(sim.state.proxyUsers[3].map((u) => u.username)).toContain('mobile01')
    expect(sim.state.proxyUsers[1].map((u) => u.username)).not.toContain('mobile01')
  })

  it('whitelist: mobile is proxy_type 9', async () => {
    const { client, sim } = await setup()
    await client.whitelist.add({ product: 'mobile', ip: '2001:db8::7', enabled: false })
    expect(sim.state.whitelist[9]).toContainEqual(expect.objectContaining({ ip: '2001:db8::7', enabled: false }))
    const listed = await client.whitelist.list({ product: 'mobile' })
    expect(listed.entries).toContainEqual(expect.objectContaining({ ip: '2001:db8::7', enabled: false }))
    await client.whitelist.delete({ product: 'mobile', ip: '2001:db8::7' })
    expect(sim.state.whitelist[9].map((e) => e.ip)).not.toContain('2001:db8::7')
  })

  it('ISP is proxy_type 1 and datacenter 2, with "YYYY-MM-DD HH:mm" times as ISO', async () => {
    const { client, sim } = await setup()
    const isp = (await client.proxies.list({ product: 'isp' })).proxies
    const dc = (await client.proxies.list({ product: 'datacenter' })).proxies
    expect(isp.map((p) => p.ip)).toEqual(sim.state.staticProxies[1].map((p) => p.ip))
    expect(dc.map((p) => p.ip)).toEqual(sim.state.staticProxies[2].map((p) => p.ip))
    const first = sim.state.staticProxies[2][0]
    const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString()
    expect(dc[0]).toMatchObject({ port: first.port, expiresAt: minute(first.expiresAt) })
    const { expirations } = await client.proxies.expirations({ product: 'datacenter', ips: dc.map((p) => p.ip) })
    expect(expirations.map((e) => e.expiresAt)).toEqual(dc.map((p) => p.expiresAt))
  })
})

describe('against the simulator: proxy user changes', () => {
  it('an update that changes only the password keeps the limit and the status', async () => {
    const { client, sim } = await setup()
    await client.proxyUsers.create({
      product: 'residential',
      username: 'keepme01',
      password: 'First1234',
      trafficLimitBytes: 500 * MB,
      enabled: false,
    })
    const current = (await client.proxyUsers.list({ product: 'residential' })).users.find(
      (u) => u.username === 'keepme01',
    )
    if (!current) throw new Error('the new user is missing from the list')
    await client.proxyUsers.update({
      product: 'residential',
      username: 'keepme01',
      next: {
        username: current.username,
        password: 'Second123',
        trafficLimitBytes: current.trafficLimitBytes,
        enabled: current.enabled,
      },
    })
    expect(sim.state.proxyUsers[1].find((u) => u.username === 'keepme01')).toMatchObject({
      password: 'Second123',
      trafficLimitMb: 500,
      enabled: false,
    })
  })

  it('puts Thordata’s refusals on the right field', async () => {
    const { client } = await setup()
    const user = { product: 'residential' as const, password: 'Pw123456', trafficLimitBytes: 0, enabled: true }
    await client.proxyUsers.create({ ...user, username: 'twice001' })
    expect(await rejection(client.proxyUsers.create({ ...user, username: 'twice001' }))).toMatchObject({
      code: 10018,
      field: 'username',
    })
    expect(await rejection(client.proxyUsers.delete({ product: 'residential', username: 'nobody01' }))).toMatchObject({
      code: 10020,
      field: 'username',
    })
    expect(await rejection(client.account.usage({ from: '2024-01-01', to: '2025-01-01' }))).toMatchObject({
      code: 10021,
      field: 'from',
      kind: 'validation',
    })
  })
})
