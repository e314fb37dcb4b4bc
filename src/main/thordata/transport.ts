import type { AppError } from '@shared/errors'
import { AppErrorException, appError } from '@shared/errors'
import type { ApiCredentials } from '../credentials/types'
import type { Logger } from '../log/logger'
import { createLogger, redact, registerSecret } from '../log/logger'
import type { ThordataConfig } from './config'
import { AttemptFailure, readEnvelope } from './envelope'
import { connectionLostError, outcomeUnknownError, timeoutError, unreachableError } from './errors'
import { backoffDelay, isRetryableForGet, isServerBreakage } from './retry'

export type Params = Record<string, string | number | boolean | null | undefined>

export interface TransportDeps {
  config: () => ThordataConfig
  credentials: () => Promise<ApiCredentials>
  fetch?: typeof globalThis.fetch
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  log?: Logger
}

export interface ExtractTarget {
  extractBaseUrl: string
  accountName: string
}

export interface Transport {
  /** A read: `data` of a `code == 200` reply. Retried with backoff, fails over to the next base URL. */
  get(path: string, params?: Params): Promise<unknown>
  /** A change: sent exactly once, to one host, whatever happens. */
  post(path: string, params?: Params): Promise<unknown>
  /** The extract host and the account name (`td-customer`) the extract links need. */
  extractTarget(): Promise<ExtractTarget>
  /**
   * An extract link: no token or key, a plain-text reply that `read` interprets or rejects with an
   * AppErrorException. Retried like any GET; a "slow down" (111) waits at least ~2 s.
   */
  getText<T>(url: string, read: (body: string, status: number) => T): Promise<T>
}

/** Error codes of connections that never reached the server, so nothing can have been applied. */
const unreachedCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  // Electron's net.fetch (system proxy and certificates) reports Chromium's net errors by message.
  'net::ERR_CONNECTION_REFUSED',
  'net::ERR_NAME_NOT_RESOLVED',
  'net::ERR_INTERNET_DISCONNECTED',
  'net::ERR_ADDRESS_UNREACHABLE',
  'net::ERR_PROXY_CONNECTION_FAILED',
  'net::ERR_CONNECTION_TIMED_OUT',
])

export function causeCode(error: unknown): string {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    const chromium = /net::ERR_[A-Z_]+/.exec(String((current as { message?: unknown }).message ?? ''))
    if (chromium) return chromium[0]
    current = (current as { cause?: unknown }).cause
  }
  return error instanceof Error ? error.name : 'unknown'
}

function parseUrl(text: string, field: string): URL {
  try {
    return new URL(text)
  } catch {
    throw new AppErrorException(
      appError('validation', 'The Thordata address in Settings is not a valid URL.', { field }),
    )
  }
}

function buildUrl(base: string, path: string, query: Params): URL {
  const url = parseUrl(`${base.replace(/\/+$/, '')}${path}`, 'apiBaseUrl')
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) url.searchParams.set(name, String(value))
  }
  return url
}

function formBody(params: Params): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) body.set(name, String(value))
  }
  return body
}

/** Where a request went, for the log: never the query, which carries the token and key. */
const where = (url: URL) => `${url.origin}${url.pathname}`

export function createTransport(deps: TransportDeps): Transport {
  const fetchImpl = deps.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const random = deps.random ?? Math.random
  const log = deps.log ?? createLogger('thordata')
  /** The base URL that last answered a GET, so a dead primary does not cost every later call a timeout. */
  let preferredBase: string | null = null

  async function credentials(): Promise<ApiCredentials> {
    const creds = await deps.credentials()
    registerSecret(creds.token)
    registerSecret(creds.key)
    return creds
  }

  function cleaner(creds: ApiCredentials) {
    return (text: string) => {
      let out = text
      for (const secret of [creds.token, creds.key]) if (secret) out = out.split(secret).join('[redacted]')
      return redact(out)
    }
  }

  /** One HTTP exchange under one timeout that covers both the answer and its body. */
  async function attempt<T>(url: URL, init: RequestInit, read: (status: number, body: string) => T): Promise<T> {
    const { timeoutMs } = deps.config()
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const started = Date.now()
    try {
      let status: number
      let body: string
      try {
        const response = await fetchImpl(url, { ...init, signal: controller.signal })
        status = response.status
        body = await response.text()
      } catch (cause) {
        if (timedOut) throw new AttemptFailure(timeoutError(timeoutMs), 'lost', `no answer in ${timeoutMs} ms`)
        const code = causeCode(cause)
        if (unreachedCodes.has(code)) throw new AttemptFailure(unreachableError(url.host), 'unreached', code)
        throw new AttemptFailure(connectionLostError(url.host), 'lost', code)
      }
      log.info(`${init.method} ${where(url)} → HTTP ${status} in ${Date.now() - started} ms`)
      return read(status, body)
    } finally {
      clearTimeout(timer)
    }
  }

  function startIndex(bases: string[]): number {
    const index = preferredBase === null ? -1 : bases.indexOf(preferredBase)
    return Math.max(index, 0)
  }

  /**
   * The GET policy: a host that cannot be reached (or does not answer) is left for the next untried base URL at
   * once; otherwise retryable failures wait with backoff, up to maxGetRetries extra attempts in all.
   */
  async function withRetries<T>(label: string, bases: string[], run: (base: string) => Promise<T>): Promise<T> {
    let retriesLeft = Math.max(0, deps.config().maxGetRetries)
    let step = 0
    let index = startIndex(bases)
    const tried = new Set<number>()
    for (;;) {
      tried.add(index)
      try {
        const result = await run(bases[index])
        if (bases.length > 1) preferredBase = index === 0 ? null : bases[index]
        return result
      } catch (failure) {
        if (!(failure instanceof AttemptFailure)) throw failure
        if (!isRetryableForGet(failure.error)) throw new AppErrorException(failure.error)
        const networkLevel = failure.reach !== 'answered'
        if (networkLevel) {
          const untried = bases.findIndex((_, i) => !tried.has(i))
          if (untried >= 0) {
            log.warn(`${label} on ${bases[index]} failed (${failure.reason}); trying ${bases[untried]}`)
            index = untried
            continue
          }
        }
        if (retriesLeft <= 0) {
          log.warn(`${label} gave up (${failure.reason})`)
          throw new AppErrorException(failure.error)
        }
        retriesLeft--
        const delay = backoffDelay(step++, failure.error, random)
        log.warn(`${label} failed (${failure.reason}); retrying in ${delay} ms`)
        await sleep(delay)
        if (networkLevel) index = (index + 1) % bases.length
      }
    }
  }

  function hosts(): string[] {
    const { baseUrls } = deps.config()
    if (baseUrls.length === 0) {
      throw new AppErrorException(
        appError('validation', 'No Thordata API address is set. Enter one in Settings.', { field: 'apiBaseUrl' }),
      )
    }
    return baseUrls
  }

  return {
    async get(path, params = {}) {
      const creds = await credentials()
      const clean = cleaner(creds)
      return withRetries(`GET ${path}`, hosts(), (base) => {
        const url = buildUrl(base, path, { ...params, token: creds.token, key: creds.key })
        const headers = { token: creds.token, key: creds.key, accept: 'application/json' }
        return attempt(url, { method: 'GET', headers }, (status, body) => readEnvelope(status, body, clean))
      })
    },

    async post(path, params = {}) {
      const creds = await credentials()
      const clean = cleaner(creds)
      const bases = hosts()
      const url = buildUrl(bases[startIndex(bases)], path, { token: creds.token, key: creds.key })
      const init: RequestInit = {
        method: 'POST',
        headers: {
          token: creds.token,
          key: creds.key,
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: formBody(params).toString(),
      }
      try {
        return await attempt(url, init, (status, body) => readEnvelope(status, body, clean))
      } catch (failure) {
        if (!(failure instanceof AttemptFailure)) throw failure
        log.warn(`POST ${where(url)} failed (${failure.reason}); not retried`)
        throw new AppErrorException(outcomeOf(failure))
      }
    },

    async extractTarget() {
      const creds = await credentials()
      return { extractBaseUrl: deps.config().extractBaseUrl, accountName: creds.accountName }
    },

    async getText(url, read) {
      const target = parseUrl(url, 'extractBaseUrl')
      return withRetries(`GET ${where(target)}`, [target.origin], () =>
        attempt(target, { method: 'GET', headers: { accept: 'text/plain, application/json' } }, (status, body) => {
          try {
            return read(body, status)
          } catch (error) {
            if (error instanceof AppErrorException) {
              throw new AttemptFailure(error.appError, 'answered', `code ${error.appError.code ?? '?'}`)
            }
            throw error
          }
        }),
      )
    },
  }
}

/** What a failed POST means to the user: definite answers stay as they are, lost answers are "check first". */
function outcomeOf(failure: AttemptFailure): AppError {
  if (failure.reach === 'unreached') return failure.error
  if (failure.reach === 'lost') return outcomeUnknownError(failure.error)
  return isServerBreakage(failure.error) ? outcomeUnknownError(failure.error) : failure.error
}
