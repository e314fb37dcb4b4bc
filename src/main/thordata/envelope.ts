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
 * Which envelope the caller expects: `{code, data}` everywhere, except the load-balancing monitor (reference §7.6),
 * which answers `{status_code, payload}`. Only a caller that asks for 'balancing' reads the second pair, so a stray
 * `{"status_code":200}` from anything in front of another endpoint stays malformed, never a success.
 */
export type EnvelopeShape = 'standard' | 'balancing'

/**
 * Where a reply keeps its code and its content. For 'balancing' the `{status_code, payload}` pair is read only when
 * the reply has no `code` at all, so a `{code, data}` reply there reads exactly as anywhere else.
 */
function envelopeFields(
  payload: unknown,
  shape: EnvelopeShape,
): { code: 'code' | 'status_code'; data: 'data' | 'payload' } {
  if (shape === 'balancing' && isRow(payload) && !('code' in payload) && 'status_code' in payload) {
    return { code: 'status_code', data: 'payload' }
  }
  return { code: 'code', data: 'data' }
}

/**
 * The `{code, data, msg}` envelope (or its `{status_code, payload}` twin when `shape` asks). Success only when the payload code is
 * 200; any other payload code maps through the error table; without a payload code the HTTP status decides (the
 * sdk-spec rule). `clean` strips secrets from Thordata's message before it can reach an AppError.
 */
export function readEnvelope(
  status: number,
  body: string,
  clean: (text: string) => string,
  shape: EnvelopeShape = 'standard',
): unknown {
  let payload: unknown
  let readable = true
  try {
    payload = parseJsonLenient(body)
  } catch {
    readable = false
  }
  const fields = envelopeFields(payload, shape)
  const rawCode = readable && isRow(payload) ? payload[fields.code] : undefined
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
    if (code === 200) return (payload as Record<string, unknown>)[fields.data] ?? payload
    throw new AttemptFailure(errorForCode(code, clean(serverMessage(payload))), 'answered', `code ${code}`)
  }
  if (status < 200 || status >= 300) {
    throw new AttemptFailure(errorForHttpStatus(status), 'answered', `HTTP ${status}`)
  }
  if (readable && isRow(payload) && 'data' in payload) return payload.data
  throw new AttemptFailure(malformedReplyError(), 'answered', readable ? 'no code in reply' : 'unreadable body')
}
