import { createServer } from 'node:net'
import { defaultSettings } from '@shared/domain/settings'
import { afterEach } from 'vitest'
import { createMemoryLogger } from '../../log/logger'
import { DEMO_CREDENTIALS, type Simulator, type StartOptions, startSimulator } from '../../simulator'
import { defaultThordataConfig, type ThordataConfig, thordataConfigFromSettings } from '../config'
import { createThordataClient } from '../index'
import type { Timers, TransportDeps } from '../transport'
import type { SeenRequest } from './fake-fetch'

/** A fixed start for the simulator's clock; the fake sleep moves it forward, as real waiting would. */
export const SIM_START = Date.UTC(2025, 5, 15, 12, 0, 0)

/** However loaded the machine, an attempt the simulator is answering gets this long before it is cut short. */
const ANSWERED_CAP_MS = 10_000

/**
 * Attempt timeouts that follow the simulator instead of the wall clock. One fires as soon as the simulator is holding
 * its attempt for longer than the timeout (a `timeout` fault, or a `latency` fault longer than it), and `advance`
 * is told the whole timeout passed; an attempt the simulator answers in time is never cut short by a slow machine.
 * The timer is set just before its request goes out, so the attempt is a request recorded after that moment.
 */
export function simAttemptTimers(
  sim: () => Simulator,
  {
    advance = () => {},
    outlasts = (latencyMs, timeoutMs) => latencyMs > timeoutMs,
  }: {
    advance?: (ms: number) => void
    /** Whether a latency fault outlasts the attempt's timeout (a test on a virtual clock may say it always does). */
    outlasts?: (latencyMs: number, timeoutMs: number) => boolean
  } = {},
): Timers {
  interface Handle {
    poll: NodeJS.Timeout
    cap: NodeJS.Timeout
  }
  return {
    setTimeout: (run, ms) => {
      const from = sim().requests().length
      const fire = () => {
        clearInterval(handle.poll)
        clearTimeout(handle.cap)
        advance(ms)
        run()
      }
      const held = () =>
        sim()
          .requests()
          .slice(from)
          .some(
            (r) => !r.routed && (r.fault === 'timeout' || (r.fault === 'latency' && outlasts(r.latencyMs ?? 0, ms))),
          )
      const handle: Handle = {
        poll: setInterval(() => held() && fire(), 2),
        cap: setTimeout(fire, Math.max(ms, ANSWERED_CAP_MS)),
      }
      return handle
    },
    clearTimeout: (handle) => {
      clearInterval((handle as Handle).poll)
      clearTimeout((handle as Handle).cap)
    },
  }
}

/** The real client against a real simulator over loopback HTTP, with every outgoing request recorded. */
export async function simClient(config: (sim: Simulator) => Partial<ThordataConfig> = () => ({})) {
  let clock = SIM_START
  const sim = await startSimulator({ now: () => new Date(clock) })
  const seen: SeenRequest[] = []
  const sleeps: number[] = []
  const log = createMemoryLogger()
  const fetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    seen.push({
      method: init.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : '',
    })
    return globalThis.fetch(input, init)
  }
  const client = createThordataClient({
    config: () => ({
      ...defaultThordataConfig,
      baseUrls: [sim.apiBaseUrl],
      extractBaseUrl: sim.extractBaseUrl,
      ...config(sim),
    }),
    credentials: async () => DEMO_CREDENTIALS,
    fetch,
    sleep: async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
    timers: simAttemptTimers(() => sim, {
      advance: (ms) => {
        clock += ms
      },
    }),
    log,
  })
  return {
    sim,
    client,
    seen,
    sleeps,
    log,
    advance: (ms: number) => {
      clock += ms
    },
  }
}

/** A loopback address where nothing listens, so connections to it are refused. */
export async function refusingBaseUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}/api`
}

export interface SettingsClientOptions extends Pick<TransportDeps, 'fetch' | 'log'> {
  /** For the simulator, e.g. a `now` clock; by default it runs on real time. */
  sim?: StartOptions
  /** Laid over the config built from the settings, e.g. `timeoutMs`. */
  config?: Partial<ThordataConfig>
}

/**
 * The real client built from settings as the app builds it (no fallback host), against a real simulator over loopback
 * HTTP; waits between retries cost no time. `restart` replaces the simulator by a fresh one that the client then uses
 * (closing one the test already closed is harmless).
 */
export async function simClientFromSettings(options: SettingsClientOptions = {}) {
  let sim = await startSimulator(options.sim)
  const client = createThordataClient({
    config: () =>
      thordataConfigFromSettings(
        { ...defaultSettings, apiBaseUrl: sim.apiBaseUrl, fallbackApiBaseUrl: '' },
        options.config,
      ),
    credentials: async () => DEMO_CREDENTIALS,
    sleep: async () => {},
    timers: simAttemptTimers(() => sim),
    fetch: options.fetch,
    log: options.log,
  })
  const started = {
    sim,
    client,
    restart: async (): Promise<Simulator> => {
      await sim.close()
      sim = await startSimulator(options.sim)
      started.sim = sim
      return sim
    },
  }
  return started
}

/** Closes the test's simulator (the current one, after a restart) once the test ends, whatever happened. */
function perTest<A extends unknown[], R extends { sim: Simulator }>(
  start: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let current: R | null = null
  afterEach(async () => {
    await current?.sim.close()
    current = null
  })
  return async (...args) => {
    current = await start(...args)
    return current
  }
}

/**
 * For a test file: `const setup = simClientPerTest()` gives a simClient per test, whose simulator is closed after the
 * test whatever happened.
 */
export function simClientPerTest(): (...args: Parameters<typeof simClient>) => ReturnType<typeof simClient> {
  return perTest(simClient)
}

/** As simClientPerTest, for simClientFromSettings: handler tests, which build the client as main does. */
export function simClientFromSettingsPerTest(): typeof simClientFromSettings {
  return perTest(simClientFromSettings)
}
