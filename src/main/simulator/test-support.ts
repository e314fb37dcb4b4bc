import { DEMO_CREDENTIALS } from './demo-credentials'
import { type Simulator, type StartOptions, startSimulator } from './index'

/** A Tuesday midday, so "today" is a weekday with half its hours finished. */
export const TEST_NOW = Date.parse('2026-03-10T12:30:00Z')

type Query = Record<string, string | number | boolean>

export interface Envelope<T = unknown> {
  code: number
  data: T
  msg: string
}

export interface TestSimulator {
  sim: Simulator
  /** Moves the injected clock. */
  advance(ms: number): void
  /** GET with token/key in the query, as the SDKs send them. */
  get<T = unknown>(path: string, query?: Query): Promise<Envelope<T>>
  /** POST with token/key headers and a form body. */
  post<T = unknown>(path: string, form?: Query): Promise<Envelope<T>>
  close(): Promise<void>
}

const toParams = (query: Query): URLSearchParams =>
  new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))

/** A simulator on a manual clock, with helpers that authenticate the way the reference documents. */
export async function startTestSimulator(options: StartOptions = {}): Promise<TestSimulator> {
  let now = TEST_NOW
  const sim = await startSimulator({ now: () => new Date(now), ...options })
  const { token, key } = options.credentials ?? DEMO_CREDENTIALS
  return {
    sim,
    advance(ms) {
      now += ms
    },
    async get(path, query = {}) {
      const res = await fetch(`${sim.apiBaseUrl}${path}?${toParams({ token, key, ...query })}`)
      return res.json()
    },
    async post(path, form = {}) {
      const res = await fetch(`${sim.apiBaseUrl}${path}`, {
        method: 'POST',
        headers: { token, key, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: toParams(form),
      })
      return res.json()
    },
    close: () => sim.close(),
  }
}
