import { staticProxyFormats } from '@shared/domain/proxies'
import { AppErrorException } from '@shared/errors'
import { parse } from 'papaparse'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../simulator'
import { simClientFromSettingsPerTest } from '../thordata/testing/sim-client'
import { EXPIRATION_BATCH, staticProxyHandlers } from './static-proxies'

const setup = simClientFromSettingsPerTest()
let sim: Simulator
let clipboard: string[]
let handlers: ReturnType<typeof staticProxyHandlers>

beforeEach(async () => {
  const started = await setup({ config: { timeoutMs: 300 } })
  sim = started.sim
  clipboard = []
  handlers = staticProxyHandlers(started.client, { writeText: (text) => void clipboard.push(text) })
})

const isp = () => sim.state.staticProxies[1]
const failure = async (promise: Promise<unknown>) => {
  const cause = await promise.then(
    () => null,
    (error: unknown) => error,
  )
  if (!(cause instanceof AppErrorException)) throw new Error(`expected an AppError, got ${String(cause)}`)
  return cause.appError
}
const expirationRequests = () => sim.requests().filter((r) => r.path.endsWith('/proxy/expiration-time'))

describe('staticProxies.list', () => {
  it('sends the rows without their passwords', async () => {
    const { proxies } = await handlers['staticProxies.list']({ product: 'isp' })
    expect(proxies.map((p) => p.ip)).toEqual(isp().map((p) => p.ip))
    expect(proxies.every((p) => !('password' in p))).toBe(true)
    expect(JSON.stringify(proxies)).not.toContain(isp()[0]?.password)
  })

  it('lists the datacenter IPs for that product', async () => {
    const { proxies } = await handlers['staticProxies.list']({ product: 'datacenter' })
    expect(proxies.map((p) => p.ip)).toEqual(sim.state.staticProxies[2].map((p) => p.ip))
  })
})

describe('staticProxies.copy', () => {
  it('writes one line per IP, in the order asked, in each format', async () => {
    const [a, b] = isp()
    if (!a || !b) throw new Error('the seed has fewer than two ISP IPs')
    const lines: Record<string, string> = {}
    for (const format of staticProxyFormats) {
      const { count } = await handlers['staticProxies.copy']({ product: 'isp', ips: [b.ip, a.ip], format })
      expect(count).toBe(2)
      lines[format] = clipboard.at(-1) ?? ''
    }
    expect(lines).toEqual({
      'ip:port:user:pass': `${b.ip}:${b.port}:${b.username}:${b.password}\n${a.ip}:${a.port}:${a.username}:${a.password}`,
      'user:pass@ip:port': `${b.username}:${b.password}@${b.ip}:${b.port}\n${a.username}:${a.password}@${a.ip}:${a.port}`,
      http: `http://${b.username}:${b.password}@${b.ip}:${b.port}\nhttp://${a.username}:${a.password}@${a.ip}:${a.port}`,
      socks5: `socks5://${b.username}:${b.password}@${b.ip}:${b.port}\nsocks5://${a.username}:${a.password}@${a.ip}:${a.port}`,
    })
  })

  it('copies nothing when one IP has left the list since it was shown', async () => {
    const error = await failure(
      handlers['staticProxies.copy']({ product: 'isp', ips: [isp()[0]?.ip ?? '', '192.0.2.250'], format: 'http' }),
    )
    expect(error.message).toBe('192.0.2.250 is no longer on your list. Reload the list and try again.')
    expect(clipboard).toEqual([])
  })
})

describe('staticProxies.reveal and .csv', () => {
  it('reveals one password, as Thordata holds it now', async () => {
    const target = isp()[2]
    if (!target) throw new Error('the seed has fewer than three ISP IPs')
    target.password = 'Changed99'
    expect(await handlers['staticProxies.reveal']({ product: 'isp', ip: target.ip })).toEqual({ password: 'Changed99' })
  })

  it('builds the CSV of the IPs given, passwords included, with UTC minute times', async () => {
    const [a, b] = isp()
    if (!a || !b) throw new Error('the seed has fewer than two ISP IPs')
    const { text } = await handlers['staticProxies.csv']({ product: 'isp', ips: [b.ip, a.ip] })
    const { data } = parse<string[]>(text.trim())
    expect(data[0]).toEqual([
      'IP',
      'Port',
      'Username',
      'Password',
      'Country',
      'City',
      'Purchased (UTC)',
      'Expires (UTC)',
    ])
    const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ')
    expect(data.slice(1)).toEqual(
      [b, a].map((p) => [
        p.ip,
        String(p.port),
        p.username,
        p.password,
        p.country,
        p.city,
        minute(p.purchasedAt),
        minute(p.expiresAt),
      ]),
    )
  })
})

describe('staticProxies.expirations', () => {
  it('answers each IP once, in the order asked, and marks those Thordata does not know', async () => {
    const [a, b, c] = isp()
    if (!a || !b || !c) throw new Error('the seed has fewer than three ISP IPs')
    const { results } = await handlers['staticProxies.expirations']({
      product: 'isp',
      ips: [c.ip, '192.0.2.250', a.ip, ` ${c.ip} `, b.ip, '2001:db8::99'],
    })
    expect(results).toEqual([
      { ip: c.ip, known: true, expiresAt: new Date(c.expiresAt).toISOString() },
      { ip: '192.0.2.250', known: false },
      { ip: a.ip, known: true, expiresAt: new Date(a.expiresAt).toISOString() },
      { ip: b.ip, known: true, expiresAt: new Date(b.expiresAt).toISOString() },
      { ip: '2001:db8::99', known: false },
    ])
  })

  it('asks once when Thordata knows every IP, and a few times more per unknown one, not once per IP', async () => {
    const known = isp().map((p) => p.ip)
    await handlers['staticProxies.expirations']({ product: 'isp', ips: known })
    expect(expirationRequests()).toHaveLength(1)

    sim.clearRequests()
    const asked = [...known, '192.0.2.250']
    await handlers['staticProxies.expirations']({ product: 'isp', ips: asked })
    // The refused whole, then two halves per level down to the unknown IP alone.
    expect(expirationRequests().length).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(asked.length)))
    expect(expirationRequests().length).toBeLessThan(asked.length)
  })

  it('splits a long paste into requests of at most EXPIRATION_BATCH IPs', async () => {
    const proxies = isp()
    const template = proxies[0]
    if (!template) throw new Error('the seed has no ISP IP')
    for (let i = 0; i < 120; i++) proxies.push({ ...template, ip: `10.9.${Math.floor(i / 200)}.${i}` })
    const ips = proxies.map((p) => p.ip)
    const { results } = await handlers['staticProxies.expirations']({ product: 'isp', ips })
    expect(results.filter((r) => r.known)).toHaveLength(ips.length)
    expect(expirationRequests()).toHaveLength(Math.ceil(ips.length / EXPIRATION_BATCH))
  })

  it('fails the whole check on any other refusal: no half answer', async () => {
    sim.faults.add({ kind: 'code', code: 10000, path: '/proxy/expiration-time' })
    const error = await failure(
      handlers['staticProxies.expirations']({ product: 'isp', ips: [isp()[0]?.ip ?? '', '192.0.2.250'] }),
    )
    expect(error).toMatchObject({ kind: 'validation', code: 10000 })
  })
})
