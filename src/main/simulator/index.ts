/**
 * The Thordata API simulator: the generation-1 Public API of reference/thordata-api.md on loopback HTTP,
 * with a seeded, stateful demo account. Demo mode runs the app against it and every test talks to it.
 *
 * Fault kinds (faults.add / POST /__control/faults):
 * - latency: waits latencyMs, then answers normally
 * - timeout: never answers; the socket stays open until the client gives up or the simulator closes
 * - http-error: HTTP `status` (default 500) with a small nginx-style HTML page
 * - malformed: HTTP 200 with a truncated JSON body
 * - reset: destroys the socket with a TCP reset (ECONNRESET on the client)
 * - code: HTTP 200 with {"code":<code>,"data":null,"msg":<the documented message>}
 * - redirect: HTTP `status` (default 302) with a Location (default http://localhost:<port>/landed<path>?followed=1)
 * - oversized: HTTP 200 streaming `bytes` (default 40 MiB) of valid-looking JSON
 * - not-found: a plain HTTP 404 page without an envelope, as a host that does not serve the path answers
 *
 * Every API request is recorded (requests()): method, path, the fault that met it, whether a route ran it; only
 * the last REQUEST_LOG_LIMIT (10,000) are kept, so demo mode's memory stays flat however long the app runs.
 * `${origin}/alt/api` serves the same API as `/api`, so tests can give the client two hosts on one simulator.
 *
 * Module map: http/ (server, auth, envelopes, form parsing), routes/ (one file per reference section),
 * state/ (types, seeding, geo tables, plans and prices, monitor series), faults.ts, control.ts (/__control),
 * forward-proxy.ts (the gateway on loopback, with the IP echo behind it; its own faults in `proxy.faults`).
 *
 * Behaviour worth knowing: restart shows "Restarting" for RESTART_MS (10 s) of the injected clock (POST
 * /__control/clock moves it forward; reset() puts it back); the caller's
 * IP (state.publicIp) starts on the unlimited whitelist only, so the residential extract link answers 117 until
 * it is added; revoking an unused CDK gives its traffic back.
 */
import type { ApiCredentials } from '../credentials/types'
import { createControl } from './control'
import { DEMO_CREDENTIALS } from './demo-credentials'
import { createFaultRegistry, type Fault } from './faults'
import { type ForwardProxy, IP_ECHO_PATH, startForwardProxy } from './forward-proxy'
import type { SimContext } from './http/route'
import { createSimServer } from './http/server'
import { createRequestLog, type SimRequest } from './requests'
import { allRoutes } from './routes'
import { createPrng } from './state/prng'
import { DEFAULT_SEED, seedState } from './state/seed'
import type { SimState } from './state/types'

export { DEMO_CREDENTIALS } from './demo-credentials'
export type { Fault } from './faults'
export { REQUEST_LOG_LIMIT, type SimRequest } from './requests'
export { DEFAULT_PUBLIC_IP, DEFAULT_SEED } from './state/seed'
export { RESTART_MS } from './state/servers'
export type * from './state/types'

export interface StartOptions {
  /** Default 0: a free port. */
  port?: number
  credentials?: ApiCredentials
  now?: () => Date
  seed?: number
  /** Default false: serve /__control (tests and tools only; demo mode in the app never does). */
  control?: boolean
}

export interface Simulator {
  /** e.g. http://127.0.0.1:43125 */
  origin: string
  /** `${origin}/api`; paths are appended, e.g. `${apiBaseUrl}/account/traffic-balance`. */
  apiBaseUrl: string
  /** `${origin}/alt/api`: the same API, as a second host; faults with `path: '/alt/'` hit only this one. */
  altApiBaseUrl: string
  /** `${origin}/extract`: residential `${extractBaseUrl}/api?…`, unlimited `${extractBaseUrl}/unlimited_api?…`. */
  extractBaseUrl: string
  /** `${origin}/whoami`, answering {"ip":"203.0.113.77"}. */
  publicIpUrl: string
  /** `${origin}/ip-echo`: through `proxy` it answers the exit IP and country the proxy username asked for. */
  ipEchoUrl: string
  /** The forward proxy (src/main/simulator/forward-proxy.ts): a port per gateway product, on 127.0.0.1. */
  proxy: { host: string; ports: ForwardProxy['ports']; faults: Simulator['faults']; served(): number }
  /** Live and mutable; reset() refills this same object. */
  state: SimState
  faults: { add(f: Fault): void; clear(): void; list(): Fault[] }
  /** The last 10,000 API requests (REQUEST_LOG_LIMIT), oldest first (copies); reset() and clearRequests() empty it. */
  requests(): SimRequest[]
  clearRequests(): void
  /** Back to the seeded state (seeded again from now()), faults cleared. */
  reset(): void
  close(): Promise<void>
}

export async function startSimulator(options: StartOptions = {}): Promise<Simulator> {
  const credentials = options.credentials ?? DEMO_CREDENTIALS
  const baseClock = options.now ?? (() => new Date())
  // Moved forward only by /__control/clock (tests), so a flow that takes simulated time needs no real waiting.
  let clockOffset = 0
  const clock = () => new Date(baseClock().getTime() + clockOffset)
  const seed = options.seed ?? DEFAULT_SEED
  const fresh = (): SimState => seedState({ now: clock().getTime(), seed, credentials })
  // Codes and ports drawn after start come from their own stream, so they do not shift the seeded account.
  const freshRandom = () => createPrng(seed ^ 0x5eed5eed)

  const state = fresh()
  const context: SimContext = { state, now: () => clock().getTime(), random: freshRandom() }
  const faults = createFaultRegistry()
  const requests = createRequestLog()
  const reset = (): void => {
    clockOffset = 0
    Object.assign(state, fresh())
    context.random = freshRandom()
    faults.clear()
    requests.clear()
    proxyFaults.clear()
    proxy.reset()
  }

  const server = createSimServer({
    context,
    faults,
    routes: allRoutes,
    requests,
    control:
      options.control === true
        ? createControl({
            state,
            faults,
            reset,
            requests: requests.list,
            advanceClock: (ms) => {
              clockOffset += ms
              return clock().getTime()
            },
          })
        : undefined,
  })
  const port = await server.listen(options.port ?? 0)
  const origin = `http://127.0.0.1:${port}`
  const proxyFaults = createFaultRegistry()
  const proxy = await startForwardProxy({ state, faults: proxyFaults })
  return {
    origin,
    apiBaseUrl: `${origin}/api`,
    altApiBaseUrl: `${origin}/alt/api`,
    extractBaseUrl: `${origin}/extract`,
    publicIpUrl: `${origin}/whoami`,
    ipEchoUrl: `${origin}${IP_ECHO_PATH}`,
    proxy: {
      host: '127.0.0.1',
      ports: proxy.ports,
      faults: { add: proxyFaults.add, clear: proxyFaults.clear, list: proxyFaults.list },
      served: proxy.served,
    },
    state,
    faults: { add: faults.add, clear: faults.clear, list: faults.list },
    requests: requests.list,
    clearRequests: requests.clear,
    reset,
    close: async () => {
      await Promise.all([server.close(), proxy.close()])
    },
  }
}
