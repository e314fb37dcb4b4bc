import type { ProxyTestResult } from '@shared/domain/proxy-test'
import { isValidIp } from '@shared/domain/public-ip'
import { AppErrorException, appError } from '@shared/errors'
import { t } from '../i18n'
import { getThroughProxy, type HopOutcome, type ProxyHop } from './through-proxy'

export const PROXY_TEST_TIMEOUT_MS = 15_000
/** An echo answer is a few hundred bytes. */
const MAX_ECHO_BYTES = 64 * 1024

export interface ProxyTestDeps {
  /** The IP-echo service to ask through the proxy. */
  echoUrl: string
  timeoutMs?: number
  /** Milliseconds for the latency figure (performance.now by default). */
  now?: () => number
  /** The request went through the simulator (demo mode). */
  simulated?: boolean
}

const fail = (message: string, kind: 'network' | 'auth' = 'network', retryable = true) =>
  new AppErrorException(appError(kind, message, { retryable, field: 'proxyTest' }))

/** The echo's answer: JSON with the address (`ip`, ip-api's `query`, httpbin's `origin`) and maybe a country. */
export function readEcho(body: string): { ip: string; country: string | null } | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    const bare = body.trim()
    return isValidIp(bare) ? { ip: bare, country: null } : null
  }
  if (!parsed || typeof parsed !== 'object') return null
  const fields = parsed as Record<string, unknown>
  const ip = [fields.ip, fields.query, fields.origin].find((v) => typeof v === 'string' && isValidIp(v.trim()))
  if (typeof ip !== 'string') return null
  const country = [fields.country, fields.countryCode, fields.country_code].find(
    (v) => typeof v === 'string' && /^[A-Za-z]{2}$/.test(v),
  )
  return { ip: ip.trim(), country: typeof country === 'string' ? country.toUpperCase() : null }
}

function failure(outcome: Exclude<HopOutcome, { kind: 'answer' }>, hop: ProxyHop, source: string, seconds: number) {
  const proxy = `${hop.host}:${hop.port}`
  switch (outcome.kind) {
    case 'timeout':
      return fail(t('endpoints:test.errors.timeout', { proxy, seconds }))
    case 'too-large':
      return fail(t('endpoints:test.errors.notAnIp', { source }), 'network', false)
    case 'failed':
      if (outcome.code === 'ECONNREFUSED') return fail(t('endpoints:test.errors.refused', { proxy }))
      if (outcome.code === 'ENOTFOUND' || outcome.code === 'EAI_AGAIN')
        return fail(t('endpoints:test.errors.notFound', { host: hop.host }))
      if (outcome.code === 'ECONNRESET' || outcome.code === 'EPIPE')
        return fail(t('endpoints:test.errors.closed', { proxy }))
      return fail(t('endpoints:test.errors.unreachable', { proxy }))
    case 'proxy-status':
      if (outcome.status === 407) {
        return hop.credentials
          ? fail(t('endpoints:test.errors.credentials', { proxy }), 'auth', false)
          : fail(t('endpoints:test.errors.notWhitelisted', { proxy }), 'auth', false)
      }
      if (outcome.status === 403 && !hop.credentials)
        return fail(t('endpoints:test.errors.notWhitelisted', { proxy }), 'auth', false)
      return fail(t('endpoints:test.errors.status', { proxy, status: outcome.status }))
  }
}

/**
 * One request through the proxy to the IP-echo service: exit IP, country if reported, latency. Every failure is a
 * sentence naming the proxy or the service (never the credentials), and nothing waits past the deadline.
 */
export async function testThroughProxy(hop: ProxyHop, deps: ProxyTestDeps): Promise<ProxyTestResult> {
  const timeoutMs = deps.timeoutMs ?? PROXY_TEST_TIMEOUT_MS
  const now = deps.now ?? (() => performance.now())
  const target = new URL(deps.echoUrl)
  const started = now()
  const outcome = await getThroughProxy(hop, target, { timeoutMs, maxBytes: MAX_ECHO_BYTES })
  const latencyMs = Math.max(0, Math.round(now() - started))
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000))
  if (outcome.kind !== 'answer') throw failure(outcome, hop, target.host, seconds)
  if (outcome.status !== 200) {
    throw fail(t('endpoints:test.errors.echoStatus', { source: target.host, status: outcome.status }))
  }
  const echo = readEcho(outcome.body)
  if (!echo) throw fail(t('endpoints:test.errors.notAnIp', { source: target.host }), 'network', false)
  return {
    exitIp: echo.ip,
    country: echo.country,
    latencyMs,
    proxy: `${hop.host}:${hop.port}`,
    echoSource: target.host,
    simulated: deps.simulated ?? false,
    testedOver: 'http',
  }
}
