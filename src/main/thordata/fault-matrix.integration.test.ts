/**
 * Every client endpoint × every fault a flaky network or a misbehaving API can produce, against the simulator over
 * real loopback HTTP. The clock is virtual: backoff sleeps move it, and an attempt timeout fires after a few real ms
 * while counting as fully spent, so the per-GET deadline is checked without waiting for it.
 */
import { apiSections, type SectionHosts } from '@shared/domain/settings'
import type { AppError, ErrorKind } from '@shared/errors'
import { AppErrorException } from '@shared/errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { DEMO_CREDENTIALS, type Fault, type SimRequest, type Simulator, startSimulator } from '../simulator'
import { defaultThordataConfig, type ThordataConfig } from './config'
import { createThordataClient } from './index'
import { type EndpointSample, endpointSamples } from './testing/endpoint-samples'
import { SIM_START, simAttemptTimers } from './testing/sim-client'

const TIMEOUT_MS = 15_000
const DEADLINE_MS = 30_000
const MAX_GET_RETRIES = 2
const CAP_BYTES = 256 * 1024
/**
 * A slow answer, in real time: the attempt timeout fires as soon as the simulator holds the request (and counts as
 * TIMEOUT_MS on the virtual clock), so the client has given up on the answer when it arrives.
 */
const SLOW_MS = 300
const HOSTS = 2

type Expected = { ok: true } | { kind: ErrorKind; code?: number; message?: RegExp }

interface FaultCase {
  name: string
  faults(sample: EndpointSample): Fault[]
  expect(sample: EndpointSample): Expected
}

// An order (renew, upgrade) says it in its own words: "may or may not have been placed and paid for".
const lostPost = /may or may not have been (made|placed)/
const on = (sample: EndpointSample, fault: Omit<Fault, 'path'>): Fault[] => [{ ...fault, path: sample.path }]
/** A change's expectation, or a read's (a GET, or a POST that only reads). */
const forPost = (sample: EndpointSample, get: Expected, post: Expected): Expected =>
  sample.method === 'POST' && !sample.read ? post : get

const faultCases: FaultCase[] = [
  {
    name: 'timeout',
    faults: (s) => on(s, { kind: 'timeout' }),
    expect: (s) =>
      forPost(s, { kind: 'network', message: /did not answer within 30 s/ }, { kind: 'network', message: lostPost }),
  },
  ...[500, 502, 503].map(
    (status): FaultCase => ({
      name: `HTTP ${status}`,
      faults: (s) => on(s, { kind: 'http-error', status }),
      expect: (s) => forPost(s, { kind: 'server', code: status }, { kind: 'server', code: status, message: lostPost }),
    }),
  ),
  {
    name: 'malformed JSON',
    faults: (s) => on(s, { kind: 'malformed' }),
    expect: (s) => forPost(s, { kind: 'server', message: /could not read/ }, { kind: 'server', message: lostPost }),
  },
  {
    name: 'connection reset',
    faults: (s) => on(s, { kind: 'reset' }),
    expect: (s) => forPost(s, { kind: 'network', message: /interrupted/ }, { kind: 'network', message: lostPost }),
  },
  {
    name: '200 with an error code',
    faults: (s) => on(s, { kind: 'code', code: 10000 }),
    expect: () => ({ kind: 'validation', code: 10000 }),
  },
  {
    name: '10011 storm',
    faults: (s) => on(s, { kind: 'code', code: 10011 }),
    expect: () => ({ kind: 'rate-limit', code: 10011 }),
  },
  {
    name: 'slow answer',
    faults: (s) => on(s, { kind: 'latency', latencyMs: SLOW_MS, times: 1 }),
    expect: (s) => forPost(s, { ok: true }, { kind: 'network', message: lostPost }),
  },
  {
    name: 'redirect (302)',
    faults: (s) => on(s, { kind: 'redirect', status: 302 }),
    expect: () => ({ kind: 'server', code: 302, message: /redirect to http:\/\/localhost:\d+ \(HTTP 302\)/ }),
  },
  {
    name: 'oversized body',
    faults: (s) => on(s, { kind: 'oversized', bytes: 4 * CAP_BYTES }),
    expect: (s) => forPost(s, { kind: 'server', message: /larger than 256 KB/ }, { kind: 'server', message: lostPost }),
  },
  {
    name: '404 on the first host',
    // The extract link has one host of its own: there the 404 is the answer.
    faults: (s) => [{ kind: 'not-found', path: s.extract ? s.path : `/alt/api${s.path}` }],
    expect: (s) => (s.extract ? { kind: 'not-found', code: 404 } : { ok: true }),
  },
]

const allMain = Object.fromEntries(apiSections.map((section) => [section, 'main'])) as SectionHosts

let sim: Simulator
let clock = SIM_START
let cells = 0
let started = 0
beforeAll(async () => {
  sim = await startSimulator({ now: () => new Date(clock) })
  started = performance.now()
})
afterAll(async () => {
  await sim?.close()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const endpoints = Object.keys(endpointSamples).length
  console.info(
    `fault matrix: ${endpoints} endpoints × ${faultCases.length} faults = ${cells} cells (+${endpoints} fault-free baselines) in ${seconds} s`,
  )
})

function client() {
  // Every latency fault here stands for an answer later than the timeout; the timeout then fires at once.
  const timers = simAttemptTimers(() => sim, {
    advance: (ms) => {
      clock += ms
    },
    outlasts: () => true,
  })
  const config: ThordataConfig = {
    ...defaultThordataConfig,
    baseUrls: [sim.altApiBaseUrl, sim.apiBaseUrl],
    extractBaseUrl: sim.extractBaseUrl,
    sectionHosts: allMain,
    timeoutMs: TIMEOUT_MS,
    deadlineMs: DEADLINE_MS,
    maxGetRetries: MAX_GET_RETRIES,
    maxResponseBytes: CAP_BYTES,
  }
  return createThordataClient({
    config: () => config,
    credentials: async () => DEMO_CREDENTIALS,
    sleep: async (ms) => {
      clock += ms
    },
    now: () => clock,
    timers,
    random: () => 0.5,
    log: createMemoryLogger(),
  })
}

/**
 * A delayed POST is still on its way into the simulator after the client gave up: let it land, so the counters see
 * it and it cannot touch the next cell's state. (A late GET changes nothing and is not waited for.)
 */
async function settle(sample: EndpointSample, since: number): Promise<void> {
  if (sample.method !== 'POST' || sample.read) return
  const pending = () => sim.requests().some((r) => r.fault === 'latency' && !r.routed)
  while (pending() && performance.now() - since < SLOW_MS * 4) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

async function run(sample: EndpointSample, faults: Fault[]) {
  sim.reset()
  const from = clock
  const since = performance.now()
  for (const fault of faults) sim.faults.add(fault)
  let error: AppError | null = null
  try {
    await sample.call(client(), sim)
  } catch (thrown) {
    if (!(thrown instanceof AppErrorException)) throw thrown
    error = thrown.appError
  }
  await settle(sample, since)
  const requests = sim.requests()
  return { error, requests, elapsed: clock - from }
}

function expectReadable(error: AppError): void {
  expect(error.message).toMatch(/^[A-Z].{20,600}[.)]$/s)
  expect(error.message).not.toMatch(/undefined|\[object|Error:|\bat \/|followed=1/)
  expect(error.message).not.toContain(DEMO_CREDENTIALS.token)
  expect(error.message).not.toContain(DEMO_CREDENTIALS.key)
}

function expectWire(sample: EndpointSample, requests: SimRequest[], fault: string): void {
  // Nothing ever followed a redirect: a followed one would arrive under /landed.
  expect(requests.filter((r) => r.path.startsWith('/landed'))).toEqual([])
  const mine = requests.filter((r) => r.path.includes(sample.path))
  if (sample.method === 'none') {
    expect(mine).toEqual([])
    return
  }
  expect(mine.every((r) => r.method === sample.method)).toBe(true)
  if (sample.method === 'GET' || sample.read) {
    expect(mine.length).toBeGreaterThanOrEqual(1)
    expect(mine.length).toBeLessThanOrEqual(1 + MAX_GET_RETRIES + (sample.extract ? 0 : HOSTS - 1))
    return
  }
  // A change reaches Thordata's logic at most once; only a "not served here" 404 lets it try the other host.
  expect(mine.filter((r) => r.routed).length).toBeLessThanOrEqual(1)
  expect(mine).toHaveLength(fault === '404 on the first host' ? 2 : 1)
  const applied = mine.filter((r) => r.routed).length
  if (fault.startsWith('redirect')) expect(applied).toBe(0)
  // The late answer was lost, the change was made once, and the app did not make it again.
  if (fault === 'slow answer' || fault === '404 on the first host') expect(applied).toBe(1)
}

const entries = Object.entries(endpointSamples)

describe('the fault matrix covers every endpoint', () => {
  it('has a sample call for each client method, and nothing else', () => {
    const methods = Object.entries(client()).flatMap(([section, api]) =>
      Object.keys(api).map((method) => `${section}.${method}`),
    )
    expect(Object.keys(endpointSamples).sort()).toEqual(methods.sort())
    expect(methods).toHaveLength(34)
  })

  it.each(entries)('%s works without a fault (so every cell below starts from a working call)', async (_, sample) => {
    const { error, requests } = await run(sample, [])
    expect(error).toBeNull()
    expectWire(sample, requests, 'none')
  })
})

describe.each(faultCases)('fault: $name', (fault) => {
  it.each(entries)('%s', async (_, sample) => {
    cells++
    const { error, requests, elapsed } = await run(sample, fault.faults(sample))
    const expected = sample.method === 'none' ? { ok: true as const } : fault.expect(sample)
    if ('ok' in expected) {
      expect(error).toBeNull()
    } else {
      expect(error).toMatchObject(
        expected.code ? { kind: expected.kind, code: expected.code } : { kind: expected.kind },
      )
      if (!error) return
      expectReadable(error)
      if (expected.message) expect(error.message).toMatch(expected.message)
      // A change whose outcome is unknown, or that met a redirect, is never offered as a blind retry.
      if (expected.message === lostPost || expected.code === 302) expect(error.retryable).toBe(false)
    }
    expect(elapsed).toBeLessThanOrEqual(DEADLINE_MS)
    expectWire(sample, requests, fault.name)
  })
})
