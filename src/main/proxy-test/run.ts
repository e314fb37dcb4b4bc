import { endpointParts } from '@shared/domain/endpoint'
import type { ProxyTestResult, proxyTestInput } from '@shared/domain/proxy-test'
import { AppErrorException, appError } from '@shared/errors'
import type { z } from 'zod'
import type { EndpointDeps } from '../endpoints/endpoint-text'
import { t } from '../i18n'
import type { HandedOut } from './handed-out'
import { testThroughProxy } from './tester'
import type { ProxyHop } from './through-proxy'

/** The simulator's forward proxy and IP echo, when demo mode runs. */
export interface SimulatedGateway {
  host: string
  ports: { residential: number; unlimited: number; mobile: number }
  ipEchoUrl: string
}

export interface ProxyTestRunDeps {
  endpoints: EndpointDeps
  /** settings.ipEchoUrl */
  echoUrl: () => string
  /** Demo mode: every test goes through the simulator's proxy to its echo (a fake account's users sign in nowhere else). */
  simulator: () => SimulatedGateway | null
  timeoutMs?: number
  now?: () => number
  /** How many tests may run at once (default 4); more are refused, never queued behind a slow proxy. */
  maxConcurrent?: number
  /** Which proxies may be reached at all (tests that must stay offline); refused ones fail as unreachable. */
  allowHop?: (hop: ProxyHop) => boolean
  /** The extract entries Thordata handed out: an entry is tested only if it is one of them. */
  handedOut: Pick<HandedOut, 'has'>
}

/** `proxy.test`: resolves where to go and as whom (in main: the password never leaves it), then one request. */
export function createProxyTestRunner(deps: ProxyTestRunDeps) {
  let running = 0
  const maxConcurrent = deps.maxConcurrent ?? 4
  return async function run(input: z.output<typeof proxyTestInput>): Promise<ProxyTestResult> {
    if (running >= maxConcurrent) {
      throw new AppErrorException(
        appError('rate-limit', t('endpoints:test.errors.busy', { count: maxConcurrent }), { retryable: true }),
      )
    }
    running += 1
    try {
      const sim = deps.simulator()
      let hop: ProxyHop
      if (input.kind === 'endpoint') {
        const parts = endpointParts(input.endpoint)
        const password = await deps.endpoints.password(input.endpoint.product, input.endpoint.username)
        const credentials = { username: parts.username, password }
        hop = sim
          ? { host: sim.host, port: sim.ports[input.endpoint.product], credentials }
          : { host: parts.host, port: parts.port, credentials }
      } else {
        const { product, host, port } = input.entry
        if (!sim && !deps.handedOut.has(product, host, port)) {
          throw new AppErrorException(
            appError('validation', t('endpoints:test.errors.notHandedOut', { proxy: `${host}:${port}` }), {
              field: 'proxyTest',
            }),
          )
        }
        hop = sim
          ? { host: sim.host, port: sim.ports[input.entry.product] }
          : { host: input.entry.host, port: input.entry.port }
      }
      if (deps.allowHop && !deps.allowHop(hop)) {
        throw new AppErrorException(
          appError('network', t('endpoints:test.errors.unreachable', { proxy: `${hop.host}:${hop.port}` }), {
            field: 'proxyTest',
          }),
        )
      }
      return await testThroughProxy(hop, {
        echoUrl: sim ? sim.ipEchoUrl : deps.echoUrl(),
        simulated: sim !== null,
        timeoutMs: deps.timeoutMs,
        now: deps.now,
      })
    } finally {
      running -= 1
    }
  }
}
