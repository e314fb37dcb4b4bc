import type { AppError, ErrorKind } from '@shared/errors'
import { appError } from '@shared/errors'
import { redact } from '../log/logger'

interface ErrorRule {
  kind: ErrorKind
  /** Gets Thordata's own message, already cleaned of secrets, for the few rules that can use a detail from it. */
  message: string | ((serverMessage: string) => string)
  field?: string
  retryable?: boolean
}

const MY_ACCOUNT = 'Dashboard → My Account'

/** Thordata's generic replies that only repeat what the code already says, so quoting them would add nothing. */
const echoes = new Set([
  '',
  'error',
  'fail',
  'failed',
  'parameter error',
  'params error',
  'param error',
  'unknown error',
])
const MAX_QUOTED = 120

/**
 * Thordata's own words, fit to show inside a sentence: secrets masked, one line, no control characters, at most
 * MAX_QUOTED characters. Empty when there is nothing worth quoting.
 */
export function quotedServerMessage(serverMessage: string): string {
  const flat = redact(serverMessage)
    .replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ')
    .replace(/"/g, "'")
    .trim()
    .replace(/[.!。]+$/u, '')
  if (echoes.has(flat.toLowerCase())) return ''
  const short = flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1).trimEnd()}…` : flat
  return `"${short}"`
}

/** A broad code's sentence: Thordata's words between the what and the what-to-do when it sent any. */
const withServerWords =
  (plain: string, what: string, todo: string) =>
  (serverMessage: string): string => {
    const quoted = quotedServerMessage(serverMessage)
    return quoted ? `${what}: ${quoted}. ${todo}` : plain
  }

/**
 * Every payload `code` Thordata documents (10000–10021) and the extract-link codes (111–121). A separate table
 * from the HTTP statuses: a payload code 402 ("Insufficient balance" in some replies) is not HTTP 402.
 */
export const payloadErrors: Readonly<Record<number, ErrorRule>> = {
  10000: {
    kind: 'validation',
    message: withServerWords(
      'Thordata rejected one of the values sent. Check the form and try again.',
      'Thordata rejected one of the values sent',
      'Check the form and try again.',
    ),
  },
  10001: {
    // The API table calls it a duration error, the sdk-spec "Unknown error": Thordata's words say which it is.
    kind: 'validation',
    message: withServerWords(
      'Thordata did not accept that duration. Choose another period and try again.',
      'Thordata did not accept the request',
      'Check the duration and the other values, then try again.',
    ),
  },
  10002: { kind: 'validation', message: 'Thordata did not understand the region. Pick it again from the list.' },
  10003: { kind: 'validation', message: 'Thordata did not accept that quantity. Enter a whole number and try again.' },
  10004: { kind: 'not-found', message: 'That region does not exist or is offline. Choose another region.' },
  10005: {
    kind: 'conflict',
    message: 'Thordata has no stock left in that region right now. Choose another region or try again later.',
  },
  10006: {
    kind: 'validation',
    message: 'Thordata rejected the price or amount. Reload to get current prices, then try again.',
  },
  10007: { kind: 'conflict', message: 'This IP is offline and can no longer be renewed.' },
  10008: {
    kind: 'conflict',
    message: 'Your wallet balance is too low for this. Top up your wallet in the Thordata dashboard, then try again.',
  },
  10009: {
    // Never offered as a one-click retry: it spends money, and the user should look at their orders first.
    kind: 'server',
    retryable: false,
    message: 'The purchase did not go through. Check your orders in the Thordata dashboard, then try again.',
  },
  10010: {
    kind: 'not-found',
    field: 'ip',
    message: 'Thordata does not know that IP. Check the address and try again.',
  },
  10011: {
    kind: 'rate-limit',
    message: 'Thordata is asking for fewer requests right now. Wait a few seconds, then try again.',
  },
  10012: { kind: 'validation', message: 'That is more than Thordata allows in one purchase. Lower the quantity.' },
  10013: { kind: 'auth', field: 'token', message: `Thordata rejected the token. Copy it again from ${MY_ACCOUNT}.` },
  10014: {
    kind: 'auth',
    field: 'key',
    message: `Thordata rejected the key. Copy it again from ${MY_ACCOUNT}; it changes whenever someone resets it.`,
  },
  10015: { kind: 'validation', field: 'username', message: 'Usernames must be 6–15 letters or digits, nothing else.' },
  10016: {
    kind: 'validation',
    field: 'password',
    message: 'Passwords must be 6–15 letters or digits and start with a letter.',
  },
  10017: {
    kind: 'conflict',
    message: 'Your account has no balance for this. Recharge in the Thordata dashboard first, then try again.',
  },
  10018: { kind: 'conflict', field: 'username', message: 'That username is already taken. Choose another one.' },
  10019: {
    kind: 'conflict',
    message:
      'You have reached your plan’s limit (of proxy users or whitelisted IPs). Remove one before adding another.',
  },
  10020: {
    kind: 'not-found',
    field: 'username',
    message: 'Thordata has no proxy user with that name. Reload the list; it may have been deleted or renamed.',
  },
  10021: {
    kind: 'validation',
    field: 'from',
    message: 'Thordata reports usage for at most 180 days at a time. Choose a shorter range.',
  },

  111: { kind: 'rate-limit', message: 'Thordata allows one extraction every 2 seconds. Wait a moment and try again.' },
  114: {
    kind: 'not-found',
    message: 'No proxies match these filters right now. Try another country or session type.',
  },
  117: {
    kind: 'auth',
    message: (serverMessage) => {
      const ip = /\[([0-9a-fA-F.:]+)\]/.exec(serverMessage)?.[1]
      const who = ip ? `This computer's IP (${ip})` : "This computer's IP"
      return `${who} is not on the whitelist for this product. Add it under Whitelist, then try again.`
    },
  },
  118: {
    kind: 'auth',
    field: 'accountName',
    message: `Thordata does not recognise the account name. Check it against ${MY_ACCOUNT}.`,
  },
  121: { kind: 'conflict', message: 'Your unlimited plan has expired. Renew it to extract proxies again.' },
}

/** The HTTP statuses the SDK spec groups into categories, used only when the body carries no payload code. */
export const httpErrors: Readonly<Record<number, ErrorRule>> = {
  400: { kind: 'validation', message: 'Thordata rejected the request (HTTP 400). Check the values and try again.' },
  401: {
    kind: 'auth',
    message: `Thordata refused the credentials (HTTP 401). Check the token and key against ${MY_ACCOUNT}.`,
  },
  402: { kind: 'rate-limit', message: 'Thordata is limiting requests (HTTP 402). Wait a few seconds, then try again.' },
  403: {
    kind: 'auth',
    message: `Thordata refused access (HTTP 403). Check the token and key against ${MY_ACCOUNT}.`,
  },
  404: {
    kind: 'not-found',
    message: 'Thordata does not know this address (HTTP 404). Check the API address in Settings.',
  },
  422: {
    kind: 'validation',
    message: 'Thordata could not process the values sent (HTTP 422). Check them and try again.',
  },
  429: {
    kind: 'rate-limit',
    message: 'Thordata is asking for fewer requests (HTTP 429). Wait a few seconds, then try again.',
  },
  500: { kind: 'server', message: 'Thordata had an internal error (HTTP 500). Try again in a moment.' },
  502: { kind: 'server', message: 'Thordata is not reachable behind its gateway (HTTP 502). Try again in a moment.' },
  503: { kind: 'server', message: 'Thordata is temporarily unavailable (HTTP 503). Try again in a moment.' },
  504: { kind: 'server', message: 'Thordata took too long behind its gateway (HTTP 504). Try again in a moment.' },
}

/**
 * After a "slow down" answer the retry waits at least this long. Only the documented rate limits are one: payload
 * 10011, extract-link 111, and HTTP 429 and 402 as statuses; they are the only rules of kind `rate-limit`.
 */
export const SLOW_DOWN_MS = 2_000

export function isSlowDown(error: AppError): boolean {
  return error.kind === 'rate-limit'
}

function fromRule(code: number, rule: ErrorRule, serverMessage: string): AppError {
  const message = typeof rule.message === 'function' ? rule.message(serverMessage) : rule.message
  const extra: Partial<AppError> = { code }
  if (rule.field) extra.field = rule.field
  if (rule.retryable !== undefined) extra.retryable = rule.retryable
  return appError(rule.kind, message, extra)
}

/**
 * A payload `code` other than 200 (or an extract-link code). `serverMessage` should already be cleaned of the
 * call's credentials; it is redacted again and shortened before it is quoted.
 */
export function errorForCode(code: number, serverMessage = ''): AppError {
  const rule = payloadErrors[code]
  if (rule) return fromRule(code, rule, serverMessage)
  const words = quotedServerMessage(serverMessage)
  const quoted = words ? ` (${words})` : ''
  return appError(
    'server',
    `Thordata answered with error code ${code}${quoted}, which the app does not know. Try again; if it persists, contact Thordata support and quote the code.`,
    { code, retryable: false },
  )
}

/** An HTTP status that is not 2xx, when the body carries no payload code. */
export function errorForHttpStatus(status: number): AppError {
  const rule = httpErrors[status]
  if (rule) return fromRule(status, rule, '')
  if (status >= 500) {
    return appError('server', `Thordata had a problem (HTTP ${status}). Try again in a moment.`, { code: status })
  }
  return appError('validation', `Thordata refused the request (HTTP ${status}). Check the values and try again.`, {
    code: status,
    retryable: false,
  })
}

export function timeoutError(timeoutMs: number): AppError {
  const span = timeoutMs >= 1000 ? `${Number((timeoutMs / 1000).toFixed(1))} s` : `${timeoutMs} ms`
  return appError('network', `Thordata did not answer within ${span}. Try again in a moment.`)
}

export function unreachableError(host: string): AppError {
  return appError(
    'network',
    `Could not reach Thordata at ${host}. Check your internet connection, or the API address in Settings.`,
  )
}

export function connectionLostError(host: string): AppError {
  return appError('network', `The connection to Thordata at ${host} was interrupted. Try again in a moment.`)
}

/** `detail` names what was wrong (never a value), so a support request can point at the field. */
export function malformedReplyError(detail?: string): AppError {
  const where = detail ? ` (${detail})` : ''
  return appError(
    'server',
    `Thordata sent a reply the app could not read${where}. Try again; if it keeps happening, the API may have changed.`,
  )
}

/**
 * A change (or purchase) whose answer was lost: it may or may not have been applied, so the app must not offer
 * a blind retry. A connection that was refused outright never reached Thordata and keeps its retry.
 */
export function outcomeUnknownError(error: AppError): AppError {
  return {
    ...error,
    retryable: false,
    message: `${error.message.replace(/ Try again.*$/, '')} The change may or may not have been made: reload to check before trying again.`,
  }
}
