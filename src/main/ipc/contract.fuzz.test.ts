import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorKinds, isAppError } from '@shared/errors'
import { type Channel, channels, contract } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Core, createCore } from '../core/create-core'
import { createNodePorts } from '../core/node-ports'
import { createMemoryLogger } from '../log/logger'
import { type SimState, type Simulator, startSimulator } from '../simulator'
import { inputArbitrary } from './testing/input-arbitrary'

/**
 * Contract-driven fuzz: every channel of the contract gets FUZZ_RUNS generated inputs through the real dispatcher,
 * with the core booted on the simulator. Every reply must be a validation error or a well-formed Result; nothing
 * may throw, reject unhandled, pollute Object.prototype or leave the simulated account in a state the API forbids.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
const page = { url: 'app://thordata/index.html' }
const account = { token: 'fuzz-token-6d1f9a3c', key: 'fuzz-key-0b7e', accountName: 'fuzz_account' }

let remote: Simulator
let dir: string
let core: Core
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
const counts = new Map<Channel, { inputs: number; ok: number; refused: number }>()

/** Only the simulators answer; anything else (a host a generated setting named) is refused at once, offline. */
function guardedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const allowed = [remote.origin, core?.demoSimulator()?.origin].filter(Boolean)
  if (allowed.includes(url.origin)) return globalThis.fetch(input, init)
  return Promise.resolve(
    new Response(JSON.stringify({ code: 10013, data: null, msg: 'not a host this test serves' }), { status: 200 }),
  )
}

function expectWellFormed(reply: Result<unknown>) {
  expect(typeof reply).toBe('object')
  expect(typeof reply.ok).toBe('boolean')
  // Whatever it holds crosses Electron's IPC by structured clone.
  expect(() => structuredClone(reply)).not.toThrow()
  if (reply.ok) {
    expect(Object.hasOwn(reply, 'value')).toBe(true)
    return
  }
  expect(isAppError(reply.error)).toBe(true)
  expect(errorKinds).toContain(reply.error.kind)
  expect(typeof reply.error.retryable).toBe('boolean')
  expect(reply.error.message.length).toBeGreaterThan(0)
  expect(reply.error.message.length).toBeLessThan(800)
  // A person reads this: never a stack trace or an internal exception name.
  expect(reply.error.message).not.toMatch(/\n\s+at |TypeError|ReferenceError|ZodError|undefined is not/)
}

const usernameRule = /^[A-Za-z0-9]{6,15}$/
const passwordRule = /^[A-Za-z][A-Za-z0-9]{5,14}$/

/** What Thordata itself would never hold: the simulator enforces these, so a fuzzed input must not get past them. */
function expectSoundAccount(state: SimState) {
  expect(() => JSON.stringify(state)).not.toThrow()
  for (const users of Object.values(state.proxyUsers)) {
    const names = users.map((u) => u.username)
    expect(new Set(names).size).toBe(names.length)
    for (const user of users) {
      expect(user.username).toMatch(usernameRule)
      expect(user.password).toMatch(passwordRule)
      expect(Number.isFinite(user.trafficLimitMb) && user.trafficLimitMb >= 0).toBe(true)
    }
  }
  for (const [type, entries] of Object.entries(state.whitelist)) {
    const ips = entries.map((e) => e.ip)
    expect(new Set(ips).size).toBe(ips.length)
    expect(ips.length).toBeLessThanOrEqual(state.whitelistLimits[Number(type) as keyof typeof state.whitelistLimits])
  }
  expect(state.trafficBalanceMb).toBeGreaterThanOrEqual(0)
  expect(state.walletBalance).toBeGreaterThanOrEqual(0)
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  remote = await startSimulator({ credentials: account })
  dir = await mkdtemp(join(tmpdir(), 'thordata-fuzz-'))
  await writeFile(
    join(dir, 'settings.json'),
    JSON.stringify({ version: 1, mode: 'none', settings: { apiBaseUrl: remote.apiBaseUrl, fallbackApiBaseUrl: '' } }),
  )
  core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', { clipboard: null, opened: [] }, 'fuzz'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
    fetch: guardedFetch as typeof fetch,
    keychainService: `Thordata Desktop (fuzz ${process.pid})`,
    // Batch adds pace themselves (2 a second); the fuzz needs no real waiting between its generated addresses.
    whitelistBatch: { sleep: async () => {} },
    // The proxy tester may reach only this machine (the demo simulator's proxy); a generated host is refused offline.
    proxyTest: { allowHop: (hop) => hop.host === '127.0.0.1', timeoutMs: 2000 },
  })
  await core.start()
})

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  await core?.stop()
  await remote?.close()
  await rm(dir, { recursive: true, force: true })
  const total = [...counts.values()].reduce((sum, c) => sum + c.inputs, 0)
  const accepted = [...counts.values()].reduce((sum, c) => sum + c.ok, 0)
  console.info(`fuzz: ${counts.size} channels × ${RUNS} inputs = ${total} dispatched, ${accepted} answered ok`)
  if (process.env.FUZZ_VERBOSE)
    for (const [name, c] of counts) console.info(`  ${name}: ${c.ok} ok, ${c.refused} refused`)
})

describe(`every contract channel, ${RUNS} generated inputs each, through the real dispatcher`, () => {
  it('covers every channel of the contract', () => {
    expect(Object.keys(contract).sort()).toEqual([...channels].sort())
  })

  for (const channel of channels) {
    it(`${channel}: a Result every time, nothing thrown, nothing polluted`, { timeout: 180_000 }, async () => {
      // Each channel starts from a demo session, so calls that need an account reach the simulator.
      expect((await core.dispatch('session.startDemo', undefined, page)).ok).toBe(true)
      const tally = { inputs: 0, ok: 0, refused: 0 }
      counts.set(channel, tally)
      await fc.assert(
        fc.asyncProperty(inputArbitrary(contract[channel].input), async (input) => {
          tally.inputs++
          const reply = (await core.dispatch(channel, input, page)) as Result<unknown>
          expectWellFormed(reply)
          if (reply.ok) tally.ok++
          else tally.refused++
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        }),
        { numRuns: RUNS },
      )
      expect(tally.inputs).toBeGreaterThanOrEqual(RUNS)
      expect(unhandled).toEqual([])
      const demo = core.demoSimulator() as (Simulator & { state: SimState }) | null
      if (demo) expectSoundAccount(demo.state)
      expectSoundAccount(remote.state)
    })
  }

  it('leaves an app that still reads the whole account', async () => {
    expect((await core.dispatch('session.startDemo', undefined, page)).ok).toBe(true)
    for (const [channel, input] of [
      ['account.trafficBalance', undefined],
      ['account.walletBalance', undefined],
      ['proxyUsers.list', { product: 'residential' }],
      ['whitelist.list', { product: 'residential' }],
      ['locations.countries', { product: 'residential' }],
      ['settings.get', undefined],
    ] as const) {
      expect(await core.dispatch(channel, input, page)).toMatchObject({ ok: true })
    }
  })
})
