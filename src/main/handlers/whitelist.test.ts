import type { BatchLineResult, BatchProgress } from '@shared/domain/public-ip'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../simulator'
import { simClientFromSettingsPerTest } from '../thordata/testing/sim-client'
import { whitelistHandlers } from './whitelist'

const setup = simClientFromSettingsPerTest()
let sim: Simulator
let restart: () => Promise<Simulator>
let handlers: ReturnType<typeof whitelistHandlers>
/** The batch's virtual clock: every pause advances it at once, so pacing and back-off cost no real time. */
let clock: number
let pauses: number[]
let progress: BatchProgress[]
let onProgress: (progress: BatchProgress) => void
/** The virtual time of each POST that left for the simulator. */
let postsAt: number[]

beforeEach(async () => {
  const started = await setup({
    config: { timeoutMs: 300 },
    fetch: (input, init) => {
      if (init?.method === 'POST') postsAt.push(clock)
      return globalThis.fetch(input, init)
    },
  })
  ;({ sim, restart } = started)
  postsAt = []
  clock = 0
  pauses = []
  progress = []
  onProgress = () => {}
  handlers = whitelistHandlers(
    started.client,
    { url: () => sim.publicIpUrl },
    {
      now: () => clock,
      sleep: async (ms) => {
        pauses.push(ms)
        clock += ms
      },
      progress: (p) => {
        progress.push(p)
        onProgress(p)
      },
    },
  )
})

const ADD_PATH = '/whitelisted-ips/add-ip'
const times = (list: string[], ip: string) => list.filter((each) => each === ip).length

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
    sim.faults.add({ kind: 'http-error', status: 502, path: ADD_PATH, times: 1 })
    const results = await handlers['whitelist.addMany']({
      product: 'unlimited',
      ips: ['198.51.100.20', '198.51.100.21'],
    })
    expect(results.map((r) => r.ok)).toEqual([false, true])
    expect(results[0]).toMatchObject({ outcome: 'unknown', error: { message: /may or may not have been added/ } })
    const entries = (await handlers['whitelist.list']({ product: 'unlimited' })).entries.map((e) => e.ip)
    expect(entries).toContain('198.51.100.21')
    expect(entries).not.toContain('198.51.100.20')
  })
})

describe('batch add, paced, against the simulator', () => {
  const four = ['198.51.100.40', '198.51.100.41', '198.51.100.42', '198.51.100.43']

  it('waits out two 10011s, sends that line again, and adds every IP exactly once', async () => {
    sim.faults.add({ kind: 'code', code: 10011, path: ADD_PATH, times: 2 })
    const results = await handlers['whitelist.addMany']({ product: 'residential', ips: four, batchId: 'b1' })
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true])
    expect(sim.faults.list()).toEqual([])
    // The first line was refused twice: 2 s, then a longer wait, then it went through.
    expect(progress.filter((p) => p.waitingMs).map((p) => p.waitingMs)).toEqual([2_000, 4_000])
    // Six POSTs (four lines, one of them three times), never closer than 500 ms; the re-sends after 2 s and 4 s.
    const gaps = postsAt.slice(1).map((at, i) => at - postsAt[i])
    expect(gaps).toEqual([2_000, 4_000, 500, 500, 500])
    expect(pauses).toEqual([2_000, 4_000, 500, 500, 500])
    const entries = sim.state.whitelist[1].map((e) => e.ip)
    for (const ip of four) expect(times(entries, ip)).toBe(1)
    expect(progress.at(-1)).toEqual({ batchId: 'b1', sent: 4, total: 4 })
  })

  it('a line that timed out is never sent again; the others are added once', async () => {
    // Two timeouts armed: had the line been sent again, the second would be used up too.
    sim.faults.add({ kind: 'timeout', path: ADD_PATH, times: 2 })
    const results = await handlers['whitelist.addMany']({ product: 'residential', ips: four.slice(0, 2) })
    expect(results).toMatchObject([
      { ok: false, outcome: 'unknown' },
      { ok: false, outcome: 'unknown' },
    ])
    expect(sim.faults.list()).toEqual([])

    sim.faults.add({ kind: 'timeout', path: ADD_PATH, times: 2 })
    const next = await handlers['whitelist.addMany']({ product: 'residential', ips: [four[2]] })
    expect(next).toMatchObject([{ ok: false, outcome: 'unknown' }])
    expect(sim.faults.list()).toMatchObject([{ kind: 'timeout', times: 1 }])
    expect(sim.state.whitelist[1].map((e) => e.ip)).not.toContain(four[2])
  })

  it('stops when the host refuses connections: the rest are reported not sent', async () => {
    await sim.close()
    const results = await handlers['whitelist.addMany']({ product: 'residential', ips: four })
    expect(results.map((r) => (r.ok ? 'added' : r.outcome))).toEqual(['not-sent', 'not-sent', 'not-sent', 'not-sent'])
    expect(results[3]).toMatchObject({ error: { message: /Not sent: Thordata could not be reached/ } })
    sim = await restart()
  })

  it('stops at a full whitelist (10019): the rest are reported not sent and never reach Thordata', async () => {
    // Room for exactly one more entry on the residential whitelist.
    sim.state.whitelistLimits[1] = sim.state.whitelist[1].length + 1
    const results = await handlers['whitelist.addMany']({ product: 'residential', ips: four })
    expect(results.map((r) => (r.ok ? 'added' : r.outcome))).toEqual(['added', 'rejected', 'not-sent', 'not-sent'])
    expect(results[1]).toMatchObject({ error: { code: 10019 } })
    expect(results[3]).toMatchObject({ error: { message: /^Not sent: Your plan’s whitelist is full\./ } })
    // Two adds went out (the one that fit, the one refused); the last two were never sent.
    expect(sim.requests().filter((r) => r.method === 'POST')).toHaveLength(2)
    expect(postsAt).toHaveLength(2)
  })

  it('cancel mid-batch: the lines sent are added, the rest are reported not sent and never reach Thordata', async () => {
    // The user presses Cancel once two lines have been answered.
    onProgress = (p) => {
      if (p.sent === 2) void handlers['whitelist.cancelBatch']({ batchId: 'b2' })
    }
    const results = await handlers['whitelist.addMany']({ product: 'residential', ips: four, batchId: 'b2' })
    expect(results.map((r) => (r.ok ? 'added' : r.outcome))).toEqual(['added', 'added', 'not-sent', 'not-sent'])
    expect(results[2]).toMatchObject({ error: { message: 'Not sent: the batch was cancelled.' } })
    const entries = sim.state.whitelist[1].map((e) => e.ip)
    expect(four.map((ip) => times(entries, ip))).toEqual([1, 1, 0, 0])
  })
})

describe('the current IP', () => {
  it('"Add my current IP" finds the address the simulator sees', async () => {
    expect(await handlers['whitelist.publicIp']()).toMatchObject({ ip: sim.state.publicIp })
  })
})
