import type { BatchLineResult } from '@shared/domain/public-ip'
import { defaultSettings } from '@shared/domain/settings'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS, type Simulator, startSimulator } from '../simulator'
import { createThordataClient } from '../thordata'
import { thordataConfigFromSettings } from '../thordata/config'
import { whitelistHandlers } from './whitelist'

let sim: Simulator
let handlers: ReturnType<typeof whitelistHandlers>

beforeEach(async () => {
  sim = await startSimulator()
  const client = createThordataClient({
    config: () =>
      thordataConfigFromSettings({ ...defaultSettings, apiBaseUrl: sim.apiBaseUrl, fallbackApiBaseUrl: '' }),
    credentials: async () => DEMO_CREDENTIALS,
    sleep: async () => {},
  })
  handlers = whitelistHandlers(client, { url: () => sim.publicIpUrl })
})
afterEach(() => sim.close())

const listed = async () => (await handlers['whitelist.list']({ product: 'residential' })).entries.map((e) => e.ip)

describe('batch add to the whitelist', () => {
  it('adds every good line once and reports each line, whatever fails around it', async () => {
    const before = await listed()
    const existing = before[0]
    const results: BatchLineResult[] = await handlers['whitelist.addMany']({
      product: 'residential',
      ips: ['198.51.100.10', 'not-an-ip', '198.51.100.10', existing, '2001:db8::77', ' 198.51.100.11 '],
    })
    expect(results.map((r) => [r.ip, r.ok])).toEqual([
      ['198.51.100.10', true],
      ['not-an-ip', false],
      ['198.51.100.10', false],
      [existing, false],
      ['2001:db8::77', true],
      ['198.51.100.11', true],
    ])
    expect(results[2]).toMatchObject({ error: { message: 'Listed twice: added once above' } })
    expect(results[3]).toMatchObject({ error: { code: 10000 } })
    const after = await listed()
    expect(after.filter((ip) => ip === '198.51.100.10')).toHaveLength(1)
    expect(after).toEqual(expect.arrayContaining(['198.51.100.10', '2001:db8::77', '198.51.100.11']))
    expect(after).toHaveLength(before.length + 3)
  })

  it('a failing line is not retried and does not stop the next one', async () => {
    sim.faults.add({ kind: 'http-error', status: 502, path: '/whitelisted-ips/add-ip', times: 1 })
    const results = await handlers['whitelist.addMany']({
      product: 'unlimited',
      ips: ['198.51.100.20', '198.51.100.21'],
    })
    expect(results.map((r) => r.ok)).toEqual([false, true])
    const entries = (await handlers['whitelist.list']({ product: 'unlimited' })).entries.map((e) => e.ip)
    expect(entries).toContain('198.51.100.21')
    expect(entries).not.toContain('198.51.100.20')
  })

  it('"Add my current IP" finds the address the simulator sees', async () => {
    expect(await handlers['whitelist.publicIp']()).toMatchObject({ ip: sim.state.publicIp })
  })
})
