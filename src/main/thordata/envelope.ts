import type { AppError } from '@shared/errors'
import { errorForCode, errorForHttpStatus, malformedReplyError } from './errors'
import { isRow, parseJsonLenient, toNumber } from './parse'

/**
 * How far a request got before it failed; decides failover, retries and what a lost POST means. 'not-served' is an
 * HTTP 404 without a Thordata code: that host does not serve the path, nothing was applied, the next host may.
 */
export type Reach = 'unreached' | 'lost' | 'answered' | 'not-served'

/** One failed attempt. Caught by the transport's retry policy, never seen outside thordata/. */
export class AttemptFailure extends Error {
  constructor(
    readonly error: AppError,
    readonly reach: Reach,
    /** For the log only: a short cause such as ECONNREFUSED or "HTTP 503". Never a URL query or a value. */
    readonly reason: string,
  ) {
    super(error.message)
    this.name = 'AttemptFailure'
  }
}

const messageFields = ['msg', 'message', 'error', 'detail', 'description'] as const

/** Thordata's own words about an error, if any (the sdk-spec's candidate fields, first present wins). */
export function serverMessage(payload: unknown): string {
  if (!isRow(payload)) return ''
  for (const field of messageFields) {
    const value = payload[field]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  return ''
}

/**
 * The `{code, data, msg}` envelope. Success only when the payload code is 200; any other payload code maps through
 * the error table; without a payload code the HTTP status decides (the sdk-spec rule). `clean` strips secrets
 * from Thordata's message before it can reach an AppError.
 */
export function readEnvelope(status: number, body: string, clean: (text: string) => string): unknown {
  let payload: unknown
  let readable = true
  try {
    payload = parseJsonLenient(body)
  } catch {
    readable = false
  }
  const rawCode = readable && isRow(payload) ? payload.code : undefined
  const code = toNumber(rawCode)
  if (rawCode !== undefined && code === null) {
    // "abc", true, {} or null: a code that says nothing must not pass for success.
    throw new AttemptFailure(malformedReplyError('the code is not a number'), 'answered', 'non-numeric code')
  }
  // A payload code, even 404, is Thordata's own answer on a host that serves the path: not passed on.
  if (status === 404 && code === null) {
    throw new AttemptFailure(errorForHttpStatus(404), 'not-served', 'HTTP 404 without a Thordata code')
  }
  if (code !== null) {
    // Without `data`, the SDKs read the whole payload (`data.get("data", data)`, `data.data ?? data`): a list at
    // the top level, `{"code":200,"list":[…]}`, then reaches the parser instead of reading as empty.
    if (code === 200) return (payload as Record<string, unknown>).data ?? payload
    throw new AttemptFailure(errorForCode(code, clean(serverMessage(payload))), 'answered', `code ${code}`)
  }
  if (status < 200 || status >= 300) {
    throw new AttemptFailure(errorForHttpStatus(status), 'answered', `HTTP ${status}`)
  }
  if (readable && isRow(payload) && 'data' in payload) return payload.data
  throw new AttemptFailure(malformedReplyError(), 'answered', readable ? 'no code in reply' : 'unreadable body')
}
