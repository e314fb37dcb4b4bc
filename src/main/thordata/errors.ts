import type { AppError, ErrorKind } from '@shared/errors'
import { AppErrorException, appError } from '@shared/errors'
import type { en } from '@shared/i18n/en'
import { t } from '../i18n'
import { redact } from '../log/logger'
import { asPurchaseFailure, type PurchaseWords } from './purchase'

interface ErrorRule {
  kind: ErrorKind
  /**
   * The sentence, made in the current language when the error is made. Gets Thordata's own message, already cleaned
   * of secrets, for the few rules that can use a detail from it.
   */
  message: (serverMessage: string) => string
  field?: string
  retryable?: boolean
}

type PayloadKey = keyof typeof en.errors.codes
type HttpKey = keyof typeof en.errors.http

const say = (key: PayloadKey) => () => t(`errors:codes.${key}`)
const sayHttp = (key: HttpKey) => () => t(`errors:http.${key}`)

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
  (key: '10000' | '10001') =>
  (serverMessage: string): string => {
    const quoted = quotedServerMessage(serverMessage)
    return quoted ? t(`errors:codes.${key}Quoted`, { quoted }) : t(`errors:codes.${key}`)
  }

/**
 * Every payload `code` Thordata documents (10000–10021) and the extract-link codes (111–121). A separate table
 * from the HTTP statuses: a payload code 402 ("Insufficient balance" in some replies) is not HTTP 402.
 */
export const payloadErrors: Readonly<Record<number, ErrorRule>> = {
  10000: { kind: 'validation', message: withServerWords('10000') },
  // The API table calls it a duration error, the sdk-spec "Unknown error": Thordata's words say which it is.
  10001: { kind: 'validation', message: withServerWords('10001') },
  10002: { kind: 'validation', message: say('10002') },
  10003: { kind: 'validation', message: say('10003') },
  10004: { kind: 'not-found', message: say('10004') },
  10005: { kind: 'conflict', message: say('10005') },
  10006: { kind: 'validation', message: say('10006') },
  10007: { kind: 'conflict', message: say('10007') },
  10008: { kind: 'conflict', message: say('10008') },
  // Never offered as a one-click retry: it spends money, and the user should look at their orders first.
  10009: { kind: 'server', retryable: false, message: say('10009') },
  10010: { kind: 'not-found', field: 'ip', message: say('10010') },
  10011: { kind: 'rate-limit', message: say('10011') },
  10012: { kind: 'validation', message: say('10012') },
  10013: { kind: 'auth', field: 'token', message: say('10013') },
  10014: { kind: 'auth', field: 'key', message: say('10014') },
  10015: { kind: 'validation', field: 'username', message: say('10015') },
  10016: { kind: 'validation', field: 'password', message: say('10016') },
  10017: { kind: 'conflict', message: say('10017') },
  10018: { kind: 'conflict', field: 'username', message: say('10018') },
  10019: { kind: 'conflict', message: say('10019') },
  10020: { kind: 'not-found', field: 'username', message: say('10020') },
  10021: { kind: 'validation', field: 'from', message: say('10021') },

  111: { kind: 'rate-limit', message: say('111') },
  114: { kind: 'not-found', message: say('114') },
  117: {
    kind: 'auth',
    message: (serverMessage) => {
      const ip = /\[([0-9a-fA-F.:]+)\]/.exec(serverMessage)?.[1]
      return ip ? t('errors:codes.117Ip', { ip }) : t('errors:codes.117')
    },
  },
  118: { kind: 'auth', field: 'accountName', message: say('118') },
  121: { kind: 'conflict', message: say('121') },
}

/** The HTTP statuses the SDK spec groups into categories, used only when the body carries no payload code. */
export const httpErrors: Readonly<Record<number, ErrorRule>> = {
  400: { kind: 'validation', message: sayHttp('400') },
  401: { kind: 'auth', message: sayHttp('401') },
  402: { kind: 'rate-limit', message: sayHttp('402') },
  403: { kind: 'auth', message: sayHttp('403') },
  404: { kind: 'not-found', message: sayHttp('404') },
  422: { kind: 'validation', message: sayHttp('422') },
  429: { kind: 'rate-limit', message: sayHttp('429') },
  500: { kind: 'server', message: sayHttp('500') },
  502: { kind: 'server', message: sayHttp('502') },
  503: { kind: 'server', message: sayHttp('503') },
  504: { kind: 'server', message: sayHttp('504') },
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
  const message = rule.message(serverMessage)
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
  const quoted = quotedServerMessage(serverMessage)
  return appError(
    'server',
    quoted ? t('errors:codes.unknownQuoted', { code, quoted }) : t('errors:codes.unknown', { code }),
    { code, retryable: false },
  )
}

/** An HTTP status that is not 2xx, when the body carries no payload code. */
export function errorForHttpStatus(status: number): AppError {
  const rule = httpErrors[status]
  if (rule) return fromRule(status, rule, '')
  if (status >= 500) {
    return appError('server', t('errors:http.otherServer', { status }), { code: status })
  }
  return appError('validation', t('errors:http.otherClient', { status }), {
    code: status,
    retryable: false,
  })
}

/** A duration as the messages show it: "800 ms", "2.5 s". */
export const span = (ms: number): string => (ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`)

export function timeoutError(timeoutMs: number): AppError {
  return appError('network', t('errors:network.timeout', { span: span(timeoutMs) }))
}

export function unreachableError(host: string): AppError {
  return appError('network', t('errors:network.unreachable', { host }))
}

export function connectionLostError(host: string): AppError {
  return appError('network', t('errors:network.connectionLost', { host }))
}

/** `detail` names what was wrong (never a value), so a support request can point at the field. */
export function malformedReplyError(detail?: string): AppError {
  return appError('server', detail ? t('errors:reply.malformedDetail', { detail }) : t('errors:reply.malformed'))
}

/** The closing "try again" advice of a sentence, in either language, which a lost answer must not give. */
const TRY_AGAIN = / Try again.*$|[^。；]*重试[^。]*。?$/u

/**
 * A change (or purchase) whose answer was lost: it may or may not have been applied, so the app must not offer
 * a blind retry. A connection that was refused outright never reached Thordata and keeps its retry.
 */
export function outcomeUnknownError(error: AppError): AppError {
  return {
    ...error,
    retryable: false,
    message: t('errors:reply.outcomeUnknown', { message: error.message.replace(TRY_AGAIN, '') }),
  }
}

/**
 * What an unlimited-server call was doing. `order` (an upgrade) and `renewal` spend wallet money, and an unknown
 * outcome says so; `binding` changes who may use the server; `server` restarts or reads it.
 */
export type UnlimitedAction = 'order' | 'renewal' | 'binding' | 'server'

const isOrder = (action: UnlimitedAction) => action === 'order' || action === 'renewal'

type UnlimitedKey = keyof typeof en.errors.unlimited
const orderWording: Readonly<Record<number, UnlimitedKey>> = {
  10006: '10006',
  10007: '10007',
  10008: '10008',
  10009: '10009',
  10010: '10010',
  10012: '10012',
  121: '121',
}
/** The purchase codes (price, wallet, order limits): on a call that buys nothing they say only that it was refused. */
const purchaseCodes = [10006, 10008, 10009, 10012]
const notBuying = (key: UnlimitedKey) => Object.fromEntries(purchaseCodes.map((code) => [code, key]))
/**
 * Per action, the codes whose general sentence (about IPs, prices or extraction) reads wrong for an unlimited
 * server, and the words each gets there; the other codes keep their general sentence.
 */
const unlimitedWording: Readonly<Record<UnlimitedAction, Readonly<Record<number, UnlimitedKey>>>> = {
  order: orderWording,
  // "Renew it first" would send a refused renewal round in a circle.
  renewal: { ...orderWording, 121: 'renewal121' },
  binding: { ...notBuying('bindingRefused'), 10007: 'binding10007', 10010: '10010', 121: 'binding121' },
  server: { ...notBuying('serverRefused'), 10007: 'server10007', 10010: '10010', 121: 'server121' },
}

const unlimitedOrderWords: PurchaseWords = {
  lost: () => t('errors:unlimited.orderLost'),
  unknownCode: (code) => t('errors:unlimited.orderUnknownCode', { code }),
}

/**
 * A failure of a call about an unlimited server, reworded for what it was doing. An order whose outcome is not
 * known is marked `outcome: 'unknown'` and says to check the order list before ordering again.
 */
export function inUnlimitedContext(error: AppError, action: UnlimitedAction): AppError {
  const { code } = error
  const key = code === undefined || !payloadErrors[code] ? undefined : unlimitedWording[action][code]
  if (code !== undefined && key) {
    const { field: _field, ...rest } = error
    return { ...rest, message: t(`errors:unlimited.${key}`, { code }) }
  }
  return isOrder(action) ? asPurchaseFailure(error, unlimitedOrderWords) : error
}

/** Runs an unlimited-server call, rewording what it throws with inUnlimitedContext. */
export async function withUnlimitedWording<T>(action: UnlimitedAction, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (cause) {
    if (cause instanceof AppErrorException) throw new AppErrorException(inUnlimitedContext(cause.appError, action))
    throw cause
  }
}
