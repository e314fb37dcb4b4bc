import { createServer } from 'node:net'
import { afterEach } from 'vitest'
import { createMemoryLogger } from '../../log/logger'
import { DEMO_CREDENTIALS, type Simulator, startSimulator } from '../../simulator'
import { defaultThordataConfig, type ThordataConfig } from '../config'
import { createThordataClient } from '../index'
import type { SeenRequest } from './fake-fetch'

/** A fixed start for the simulator's clock; the fake sleep moves it forward, as real waiting would. */
export const SIM_START = Date.UTC(2025, 5, 15, 12, 0, 0)

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

/**
 * For a test file: `const setup = simClientPerTest()` gives a simClient per test, whose simulator is closed after the
 * test whatever happened.
 */
export function simClientPerTest(): (...args: Parameters<typeof simClient>) => ReturnType<typeof simClient> {
  let current: Awaited<ReturnType<typeof simClient>> | null = null
  afterEach(async () => {
    await current?.sim.close()
    current = null
  })
  return async (...args) => {
    current = await simClient(...args)
    return current
  }
}
