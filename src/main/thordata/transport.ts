import { isHeaderSafe } from '@shared/domain/session'
import type { AppError } from '@shared/errors'
import { AppErrorException, appError } from '@shared/errors'
import type { ApiCredentials } from '../credentials/types'
import { t } from '../i18n'
import type { Logger } from '../log/logger'
import { createLogger, holdSecrets, redact } from '../log/logger'
import { basesFor, sectionOf, type ThordataConfig } from './config'
import { AttemptFailure, type EnvelopeShape, readEnvelope } from './envelope'
import { connectionLostError, outcomeUnknownError, timeoutError, unreachableError } from './errors'
import { createGetPolicy } from './get-policy'
import { buildUrl, causeCode, formBody, type Params, parseUrl, unreachedCodes, where } from './request-parts'
import { BodyTooLarge, isRedirect, isRedirectRefusal, readCapped } from './response-body'
import { isServerBreakage } from './retry'
import { redirectError, redirectTarget, responseTooLargeError, unsendableCredentialError } from './transport-errors'

export type { Params } from './request-parts'
export { causeCode } from './request-parts'

export interface TransportDeps {
  config: () => ThordataConfig
  credentials: () => Promise<ApiCredentials>
  fetch?: typeof globalThis.fetch
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Milliseconds, for the per-GET deadline; tests move it with their fake sleep. */
  now?: () => number
  /** The attempt timeout's timer; tests swap it to fire at once on a virtual clock. */
  timers?: Timers
  log?: Logger
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface PostOptions {
  /**
   * The POST only reads (§7.7's bound-user list): it follows the GET policy instead, retried and failed over within
   * the deadline, and a lost answer reads as a failed read that can be tried again.
   */
  read?: boolean
}

export interface ExtractTarget {
  extractBaseUrl: string
  accountName: string
}

export interface Transport {
  /**
   * A read: `data` of a `code == 200` reply. Retried with backoff, fails over to the next base URL, all within
   * ThordataConfig.deadlineMs. `envelope: 'balancing'` only for the one endpoint that answers `{status_code, payload}`.
   */
  get(path: string, params?: Params, options?: { envelope?: EnvelopeShape }): Promise<unknown>
  /**
   * A change: sent exactly once, whatever happens. Only a host that answers HTTP 404 without a Thordata code (the
   * path is not served there, nothing was applied) passes it on to the next host.
   */
  post(path: string, params?: Params, options?: PostOptions): Promise<unknown>
  /** The extract host and the account name (`td-customer`) the extract links need. */
  extractTarget(): Promise<ExtractTarget>
  /**
   * An extract link: no token or key, a plain-text reply that `read` interprets or rejects with an
   * AppErrorException. Retried like any GET; a "slow down" (111) waits at least ~2 s.
   */
  getText<T>(url: string, read: (body: string, status: number) => T): Promise<T>
}

export function createTransport(deps: TransportDeps): Transport {
  const fetchImpl = deps.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const random = deps.random ?? Math.random
  const now = deps.now ?? Date.now
  const timers = deps.timers ?? realTimers
  const log = deps.log ?? createLogger('thordata')
  const { startIndex, remember, withRetries } = createGetPolicy({ config: deps.config, sleep, random, now, log })

  /**
   * The credentials for one call, masked by the redactor for as long as the call runs: take them with
   * `using creds = await credentials()`, so the hold ends with the call and a failed connect's values are forgotten.
   */
  async function credentials(): Promise<ApiCredentials & Disposable> {
    const creds = sendable(await deps.credentials())
    const held = holdSecrets(creds.token, creds.key)
    return { ...creds, [Symbol.dispose]: () => held.release() }
  }

  /** Credentials that cannot go into a header (they came from the keychain, not the form) are never sent. */
  function sendable(creds: ApiCredentials): ApiCredentials {
    if (!isHeaderSafe(creds.token)) throw new AppErrorException(unsendableCredentialError('token'))
    if (!isHeaderSafe(creds.key)) throw new AppErrorException(unsendableCredentialError('key'))
    return creds
  }

  function cleaner(creds: ApiCredentials) {
    return (text: string) => {
      let out = text
      for (const secret of [creds.token, creds.key]) if (secret) out = out.split(secret).join('[redacted]')
      return redact(out)
    }
  }

  /**
   * One HTTP exchange under one timeout (at most `limitMs`) that covers both the answer and its body. Redirects are
   * reported, never followed: following one would send the token and key to wherever it points.
   */
  async function attempt<T>(
    url: URL,
    init: RequestInit,
    read: (status: number, body: string) => T,
    limitMs = Number.POSITIVE_INFINITY,
  ): Promise<T> {
    const { maxResponseBytes } = deps.config()
    const timeoutMs = Math.max(1, Math.min(deps.config().timeoutMs, limitMs))
    const controller = new AbortController()
    let timedOut = false
    const timer = timers.setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const started = now()
    try {
      let status: number
      let body: string
      try {
        const response = await fetchImpl(url, { ...init, redirect: 'manual', signal: controller.signal })
        status = response.status
        if (isRedirect(response)) {
          await response.body?.cancel().catch(() => {})
          const target = redirectTarget(response.headers.get('location'), url)
          log.warn(
            `${init.method} ${where(url)} → redirect (HTTP ${status}) to ${target ?? 'an unknown address'}; not followed`,
          )
          throw new AttemptFailure(redirectError(url, target, status), 'answered', `HTTP ${status} redirect`)
        }
        body = await readCapped(response, maxResponseBytes)
      } catch (cause) {
        if (cause instanceof AttemptFailure) throw cause
        if (cause instanceof BodyTooLarge) {
          controller.abort()
          log.warn(`${init.method} ${where(url)} → body over ${cause.limitBytes} bytes; not read`)
          // 'lost': the answer could not be read, so a POST behind it may or may not have been applied.
          throw new AttemptFailure(responseTooLargeError(cause.limitBytes), 'lost', 'body too large')
        }
        if (timedOut) throw new AttemptFailure(timeoutError(timeoutMs), 'lost', `no answer in ${timeoutMs} ms`)
        if (isRedirectRefusal(cause)) {
          // Electron's net.fetch rejects a 3xx under `redirect: 'manual'` instead of returning it (electron#43715):
          // the host answered, nothing was followed, and where it pointed is unknown.
          log.warn(`${init.method} ${where(url)} → redirect refused by fetch; not followed`)
          throw new AttemptFailure(redirectError(url, null, 0), 'answered', 'redirect refused')
        }
        const code = causeCode(cause)
        if (unreachedCodes.has(code)) throw new AttemptFailure(unreachableError(url.host), 'unreached', code)
        throw new AttemptFailure(connectionLostError(url.host), 'lost', code)
      }
      log.info(`${init.method} ${where(url)} → HTTP ${status} in ${now() - started} ms`)
      return read(status, body)
    } finally {
      timers.clearTimeout(timer)
    }
  }

  /** The base URLs for this path, in its section's order (config.ts holds the table). */
  function hostsFor(path: string): string[] {
    const config = deps.config()
    if (config.baseUrls.length === 0) {
      throw new AppErrorException(appError('validation', t('errors:address.noApiUrl'), { field: 'apiBaseUrl' }))
    }
    return basesFor(config, path)
  }

  return {
    async get(path, params = {}, options = {}) {
      using creds = await credentials()
      const clean = cleaner(creds)
      // `return await`: the hold must outlive the retries, not end when the promise is handed back.
      return await withRetries(`GET ${path}`, sectionOf(path) ?? '', hostsFor(path), (base, limitMs) => {
        const url = buildUrl(base, path, { ...params, token: creds.token, key: creds.key })
        const headers = { token: creds.token, key: creds.key, accept: 'application/json' }
        const read = (status: number, body: string) => readEnvelope(status, body, clean, options.envelope)
        return attempt(url, { method: 'GET', headers }, read, limitMs)
      })
    },

    async post(path, params = {}, options = {}) {
      using creds = await credentials()
      const clean = cleaner(creds)
      const key = sectionOf(path) ?? ''
      const bases = hostsFor(path)
      let index = startIndex(key, bases)
      const tried = new Set<number>()
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
      if (options.read) {
        return await withRetries(`POST ${path} (a read)`, key, bases, (base, limitMs) => {
          const url = buildUrl(base, path, { token: creds.token, key: creds.key })
          return attempt(url, init, (status, body) => readEnvelope(status, body, clean), limitMs)
        })
      }
      for (;;) {
        tried.add(index)
        const url = buildUrl(bases[index], path, { token: creds.token, key: creds.key })
        try {
          const result = await attempt(url, init, (status, body) => readEnvelope(status, body, clean))
          remember(key, bases, index)
          return result
        } catch (failure) {
          if (!(failure instanceof AttemptFailure)) throw failure
          const next = bases.findIndex((_, i) => !tried.has(i))
          if (failure.reach === 'not-served' && next >= 0) {
            log.warn(`POST ${where(url)} is not served there (HTTP 404, nothing applied); trying ${bases[next]}`)
            index = next
            continue
          }
          log.warn(`POST ${where(url)} failed (${failure.reason}); not retried`)
          throw new AppErrorException(outcomeOf(failure))
        }
      }
    },

    async extractTarget() {
      using creds = await credentials()
      return { extractBaseUrl: deps.config().extractBaseUrl, accountName: creds.accountName }
    },

    async getText(url, read) {
      const target = parseUrl(url, 'extractBaseUrl')
      const init: RequestInit = { method: 'GET', headers: { accept: 'text/plain, application/json' } }
      return withRetries(`GET ${where(target)}`, 'extract', [target.origin], (_base, limitMs) =>
        attempt(
          target,
          init,
          (status, body) => {
            try {
              return read(body, status)
            } catch (error) {
              if (error instanceof AppErrorException) {
                throw new AttemptFailure(error.appError, 'answered', `code ${error.appError.code ?? '?'}`)
              }
              throw error
            }
          },
          limitMs,
        ),
      )
    },
  }
}

/** What a failed POST means to the user: definite answers stay as they are, lost answers are "check first". */
function outcomeOf(failure: AttemptFailure): AppError {
  if (failure.reach === 'unreached' || failure.reach === 'not-served') return failure.error
  if (failure.reach === 'lost') return outcomeUnknownError(failure.error)
  return isServerBreakage(failure.error) ? outcomeUnknownError(failure.error) : failure.error
}
