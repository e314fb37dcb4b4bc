import { AppErrorException } from '@shared/errors'
import type { TrafficUnit } from '@shared/traffic'
import { toBytes } from '@shared/traffic'
import { malformedReplyError } from './errors'

/**
 * Tolerant reading of Thordata's replies. The docs disagree with themselves on types (numbers as strings,
 * booleans as "true" or 1), field names and even JSON syntax, so every section reads its rows through here.
 */
export type Row = Record<string, unknown>

/** JSON.parse, then once more after repairing the slips found in Thordata's own examples. */
export function parseJsonLenient(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return JSON.parse(repairJson(text))
  }
}

/** Drops trailing commas and adds the comma missing between two values that sit on separate lines. */
export function repairJson(text: string): string {
  return text
    .replace(/,(\s*[}\]])/g, '$1')
    .replace(/([}\]"]|\d|true|false|null)(\s*\n\s*)(["{[])/g, '$1,$2$3')
    .replace(/}(\s*){/g, '},$1{')
}

export function malformed(detail: string): AppErrorException {
  return new AppErrorException(malformedReplyError(detail))
}

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim())
    return Number.isFinite(n) ? n : null
  }
  return null
}

export function toBoolean(value: unknown): boolean | null {
  if (value === true || value === 1) return true
  if (value === false || value === 0) return false
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase()
    if (v === 'true' || v === '1') return true
    if (v === 'false' || v === '0') return false
  }
  return null
}

export function toText(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2})(?::(\d{2}))?(?::(\d{2}))?)?$/

/**
 * "YYYY-MM-DD HH:mm" (and "YYYY-MM-DD", "YYYY-MM-DD HH") → ISO. Thordata does not state a time zone; these are
 * read as UTC so the same reply always gives the same instant. Unix seconds are accepted too (sign/apiKey rows).
 */
export function dateTimeToIso(value: unknown): string | null {
  const seconds = typeof value === 'number' ? value : null
  if (seconds !== null) return unixToIso(seconds)
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (/^\d{9,}$/.test(text)) return unixToIso(Number(text))
  const m = dateTimePattern.exec(text)
  if (!m) return null
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** Unix seconds → ISO; 0 and empty mean "never" (e.g. `use_time` of an unused CDK). */
export function unixToIso(value: unknown): string | null {
  const n = toNumber(value)
  if (n === null || n <= 0) return null
  // A value this large is already milliseconds.
  const ms = n > 1e12 ? n : n * 1000
  return new Date(ms).toISOString()
}

/** A plain `yyyy-mm-dd` date; a date-time keeps only its date. */
export function dateOnly(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())
  return m ? m[1] : null
}

/**
 * Keys of the envelope itself (`{code, data, msg}` and the message fields the SDKs look in). A reply without `data`
 * arrives whole, so these may sit where a list or a row was expected.
 */
export const envelopeKeys: ReadonlySet<string> = new Set([
  'code',
  'msg',
  'message',
  'error',
  'detail',
  'description',
  'request_id',
  'data',
])

/**
 * The array in a reply: `data` itself, or the first array under `list`, `lists` or `data` (the docs use `lists`
 * for the whitelist, `list` for users; older replies, the Go SDK and the Python SDK's server list nest it under
 * `data`). Nothing to list reads as empty: null, '', `{}` (the backend's empty `data`) or the envelope alone.
 * Anything else (text, a number, an array under a key nobody documents, a row of other content) is malformed,
 * never silently an empty list. `alsoKnown` names fields that may sit beside the list (a proxy-user quota).
 */
export function listIn(
  data: unknown,
  what: string,
  keys: string[] = ['list', 'lists', 'data'],
  alsoKnown: readonly string[] = [],
): unknown[] {
  if (Array.isArray(data)) return data
  if (isRow(data)) {
    for (const key of keys) {
      const candidate = data[key]
      if (Array.isArray(candidate)) return candidate
      // `{"data": {"list": [...]}}` inside the envelope's `data`.
      if (isRow(candidate) && keys.some((inner) => Array.isArray(candidate[inner])))
        return listIn(candidate, what, keys, alsoKnown)
    }
  }
  if (holdsNothing(data, keys, alsoKnown)) return []
  throw malformed(`${what}: no list`)
}

function holdsNothing(value: unknown, keys: readonly string[], alsoKnown: readonly string[]): boolean {
  if (value === null || value === undefined || value === '') return true
  if (!isRow(value)) return false
  return Object.entries(value).every(([key, inner]) => {
    // A list key (or `data`) must itself hold nothing; `{"data": {"reason": "…"}}` is content, not an empty list.
    if (keys.includes(key) || key === 'data') return holdsNothing(inner, keys, alsoKnown)
    return envelopeKeys.has(key) || alsoKnown.includes(key)
  })
}

/** The rows of a list that could be read, and how many Thordata sent that could not be (shown, never hidden). */
export interface ReadRows<T> {
  rows: T[]
  skipped: number
}

/** One unreadable row (a server without `plan_name`) is skipped and counted instead of failing the whole list. */
export function readRows<T>(list: unknown[], read: (row: unknown) => T): ReadRows<T> {
  const rows: T[] = []
  let skipped = 0
  for (const row of list) {
    try {
      rows.push(read(row))
    } catch (error) {
      if (!(error instanceof AppErrorException)) throw error
      skipped++
    }
  }
  return { rows, skipped }
}

type Names = string | string[]

/** Reads one row; each getter takes the field's name or its known variants, first present wins. */
export class Fields {
  private readonly row: Row

  constructor(
    value: unknown,
    private readonly what: string,
  ) {
    if (!isRow(value)) throw malformed(`${what}: not an object`)
    this.row = value
  }

  private raw(names: Names): unknown {
    for (const name of typeof names === 'string' ? [names] : names) {
      const v = this.row[name]
      if (v !== undefined && v !== null && v !== '') return v
    }
    return undefined
  }

  private missing(names: Names): AppErrorException {
    return malformed(`${this.what}: ${typeof names === 'string' ? names : names.join('/')} missing or unreadable`)
  }

  has(names: Names): boolean {
    return this.raw(names) !== undefined
  }

  text(names: Names): string {
    const v = toText(this.raw(names))
    if (v === null) throw this.missing(names)
    return v
  }

  optText(names: Names): string | null {
    return toText(this.raw(names))
  }

  number(names: Names): number {
    const v = toNumber(this.raw(names))
    if (v === null) throw this.missing(names)
    return v
  }

  optNumber(names: Names): number | null {
    return toNumber(this.raw(names))
  }

  bool(names: Names): boolean {
    const v = toBoolean(this.raw(names))
    if (v === null) throw this.missing(names)
    return v
  }

  /** A traffic figure in `unit`, as bytes. Missing is an error: a silent 0 would read as "used up". */
  bytes(names: Names, unit: TrafficUnit): number {
    return toBytes(this.number(names), unit)
  }

  optBytes(names: Names, unit: TrafficUnit): number | null {
    const v = this.optNumber(names)
    return v === null ? null : toBytes(v, unit)
  }

  dateTime(names: Names): string | null {
    return dateTimeToIso(this.raw(names))
  }

  date(names: Names): string | null {
    return dateOnly(this.raw(names))
  }

  unix(names: Names): string | null {
    return unixToIso(this.raw(names))
  }

  value(names: Names): unknown {
    return this.raw(names)
  }
}
