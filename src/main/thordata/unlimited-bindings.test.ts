import { describe, expect, it } from 'vitest'
import { rejection } from './testing/client'
import { refusingBaseUrl, simClientPerTest } from './testing/sim-client'
import { parseBoundUsers } from './unlimited-bindings'

const setup = simClientPerTest()

describe('bound users of an unlimited server (§7.7), against the simulator', () => {
  it('lists the users bound to a server named by its domain, with when they were bound', async () => {
    const { client, sim, seen } = await setup()
    const server = sim.state.servers[0]
    const list = await client.unlimitedBindings.list({ server: server.planName })
    expect(list.domain).toBe(server.planName)
    expect(list.ip).toBe(server.ip)
    expect(list.users.map((u) => u.username)).toEqual(['crawlfarm1', 'socialops'])
    expect(list.users[0].boundAt).toBe(new Date(Math.floor(server.boundUsers[0].boundAt / 1000) * 1000).toISOString())
    // A POST with a form body naming the server as `ip`, as the reference documents.
    expect(seen[0].method).toBe('POST')
    expect(new URLSearchParams(seen[0].body).get('ip')).toBe(server.planName)
  })

  it('binds a user, which then shows in the list; the server may be named by its IP too', async () => {
    const { client, sim } = await setup()
    const server = sim.state.servers[0]
    await client.unlimitedBindings.add({ server: server.ip, username: 'adverify9' })
    const list = await client.unlimitedBindings.list({ server: server.planName })
    expect(list.users.map((u) => u.username)).toContain('adverify9')
  })

  it('unbinds a user, once', async () => {
    const { client, sim } = await setup()
    const server = sim.state.servers[0]
    await client.unlimitedBindings.remove({ server: server.planName, username: 'crawlfarm1' })
    expect(server.boundUsers.map((b) => b.username)).toEqual(['socialops'])
    expect(sim.requests().filter((r) => r.path.includes('del_unlimited_servers_bind_user'))).toHaveLength(1)
  })

  it('says the server is unknown in words about servers, not IPs, and names no IP field', async () => {
    const { client } = await setup()
    const error = await rejection(client.unlimitedBindings.list({ server: 'nosuch.proxy.thordata.net' }))
    expect(error).toMatchObject({ code: 10010, kind: 'not-found' })
    expect(error.message).toMatch(/does not know this server/)
    expect(error.field).toBeUndefined()
  })

  it('a user that is not a proxy user of the unlimited product is refused on the username field', async () => {
    const { client, sim } = await setup()
    const error = await rejection(
      client.unlimitedBindings.add({ server: sim.state.servers[0].planName, username: 'nosuchuser1' }),
    )
    expect(error).toMatchObject({ code: 10020, field: 'username' })
  })
})

describe('the bound-user list is a read, though sent as POST', () => {
  const listPath = '/get_unlimited_servers_bind_user'

  it('a lost answer is asked again within the deadline, and the list arrives', async () => {
    const { client, sim } = await setup(() => ({ timeoutMs: 40 }))
    sim.faults.add({ kind: 'latency', latencyMs: 120, path: listPath, times: 1 })
    const list = await client.unlimitedBindings.list({ server: sim.state.servers[0].planName })
    expect(list.users.map((u) => u.username)).toEqual(['crawlfarm1', 'socialops'])
    expect(sim.requests().filter((r) => r.path.includes(listPath))).toHaveLength(2)
  })

  it('a host that cannot be reached is left for the other one', async () => {
    const refusing = await refusingBaseUrl()
    const { client, sim } = await setup((s) => ({ baseUrls: [refusing, s.apiBaseUrl] }))
    const list = await client.unlimitedBindings.list({ server: sim.state.servers[0].planName })
    expect(list.users).toHaveLength(2)
  })

  it('a list that keeps failing says the read failed and can be tried again, not "may or may not"', async () => {
    const { client, sim } = await setup()
    sim.faults.add({ kind: 'http-error', status: 503, path: listPath })
    const error = await rejection(client.unlimitedBindings.list({ server: sim.state.servers[0].planName }))
    expect(error).toMatchObject({ kind: 'server', code: 503, retryable: true })
    expect(error.message).not.toMatch(/may or may not/)
    expect(sim.requests().filter((r) => r.path.includes(listPath)).length).toBeGreaterThan(1)
  })

  it('a change (bind) is still sent once when its answer is lost', async () => {
    const { client, sim } = await setup(() => ({ timeoutMs: 40 }))
    sim.faults.add({ kind: 'latency', latencyMs: 120, path: '/add_unlimited_servers_bind_user', times: 1 })
    const error = await rejection(
      client.unlimitedBindings.add({ server: sim.state.servers[0].planName, username: 'adverify9' }),
    )
    expect(error).toMatchObject({ retryable: false })
    expect(error.message).toMatch(/may or may not have been made/)
    expect(sim.requests().filter((r) => r.path.includes('/add_unlimited_servers_bind_user'))).toHaveLength(1)
  })
})

describe('binding refusals in words about the server’s users, never about orders', () => {
  it.each([
    [10006, /refused this change of the server’s users \(error code 10006\)/],
    [10009, /refused this change of the server’s users \(error code 10009\)/],
    [10012, /refused this change of the server’s users \(error code 10012\)/],
    [10007, /cannot change the users of this server: it reports the server offline/],
    [121, /plan has expired, so its users cannot be changed/],
  ])('code %i', async (code, words) => {
    const { client, sim } = await setup()
    sim.faults.add({ kind: 'code', code, path: '/add_unlimited_servers_bind_user' })
    const error = await rejection(
      client.unlimitedBindings.add({ server: sim.state.servers[0].planName, username: 'adverify9' }),
    )
    expect(error.code).toBe(code)
    expect(error.message).toMatch(words)
    expect(error.message).not.toMatch(/order|price|charged|period|\bIP\b/i)
  })
})

describe('reading §7.7 replies', () => {
  it('reads the documented list of one server with sub_users (unix seconds)', () => {
    expect(
      parseBoundUsers([
        {
          domain: 'a.proxy.thordata.net',
          ip: '198.51.100.80',
          sub_users: [{ create_time: 1750000000, username: 'u1' }],
        },
      ]),
    ).toEqual({
      domain: 'a.proxy.thordata.net',
      ip: '198.51.100.80',
      users: [{ username: 'u1', boundAt: '2025-06-15T15:06:40.000Z' }],
    })
  })

  it('reads an empty server, a bare object and users straight under data', () => {
    expect(parseBoundUsers([]).users).toEqual([])
    expect(parseBoundUsers({ domain: 'a', sub_users: [] })).toEqual({ domain: 'a', ip: null, users: [] })
    expect(parseBoundUsers([{ username: 'u2' }]).users).toEqual([{ username: 'u2', boundAt: null }])
  })

  it('leaves out a user row it cannot read instead of failing the list', () => {
    const list = parseBoundUsers([{ domain: 'a', sub_users: [{ create_time: 1 }, { username: 'ok1' }] }])
    expect(list.users.map((u) => u.username)).toEqual(['ok1'])
  })
})
