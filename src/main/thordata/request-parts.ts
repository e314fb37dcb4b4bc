import { AppErrorException, appError } from '@shared/errors'
import { t } from '../i18n'

/** Query and form values as the section modules pass them; undefined and null are left out. */
export type Params = Record<string, string | number | boolean | null | undefined>

/** Error codes of connections that never reached the server, so nothing can have been applied. */
export const unreachedCodes: ReadonlySet<string> = new Set([
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

export function parseUrl(text: string, field: string): URL {
  try {
    return new URL(text)
  } catch {
    throw new AppErrorException(appError('validation', t('errors:address.invalidUrl'), { field }))
  }
}

export function buildUrl(base: string, path: string, query: Params): URL {
  const url = parseUrl(`${base.replace(/\/+$/, '')}${path}`, 'apiBaseUrl')
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) url.searchParams.set(name, String(value))
  }
  return url
}

export function formBody(params: Params): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) body.set(name, String(value))
  }
  return body
}

/** Where a request went, for the log: never the query, which carries the token and key. */
export const where = (url: URL) => `${url.origin}${url.pathname}`
