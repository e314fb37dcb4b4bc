/**
 * The one logger of main. Everything it writes passes through redact(), so a token, key or password that slips
 * into a message or an error never reaches a log file or the console.
 */
export interface Logger {
  info(message: string, details?: unknown): void
  warn(message: string, details?: unknown): void
  error(message: string, details?: unknown): void
}

const secretParam = /\b(token|key|password|new_password|pwd|apikey|sign|secret)=([^&\s"']+)/gi
const secretJson = /("(?:token|key|password|new_password|pwd|apiKey|sign|secret)"\s*:\s*")([^"]*)(")/gi
const secretHeader = /\b(token|key|password|pwd|apikey|sign):\s*([^\s,;]+)/gi

/** Shorter values are not masked on their own: redacting every 3-letter word would make the log unreadable. */
export const MIN_SECRET_LENGTH = 4

/** How many holders each live secret has: two holders of one value do not unmask it for each other. */
const liveSecrets = new Map<string, number>()
/** One combined pattern for every form of every live secret, rebuilt only when the set changes. */
let matcher: RegExp | null = null
let matcherStale = false

export interface SecretHold {
  /** Drops this holder's claim; a value is no longer masked once its last holder lets go. Idempotent. */
  release(): void
}

/**
 * Masks these values wherever they appear, in any letter case and URL- or base64-encoded, until the hold is
 * released. The session holds the connected account's token and key; the transport holds each call's values for
 * the length of the call, so a failed connect's values are forgotten with it.
 */
export function holdSecrets(...values: Array<string | undefined | null>): SecretHold {
  const held = values.filter((value): value is string => typeof value === 'string' && value.length >= MIN_SECRET_LENGTH)
  for (const value of held) {
    const holders = liveSecrets.get(value) ?? 0
    // Only a new value changes the pattern: another holder of a live one (each API call of the session) does not.
    if (holders === 0) matcherStale = true
    liveSecrets.set(value, holders + 1)
  }
  let released = false
  return {
    release() {
      if (released) return
      released = true
      for (const value of held) {
        const holders = (liveSecrets.get(value) ?? 1) - 1
        if (holders > 0) {
          liveSecrets.set(value, holders)
        } else {
          liveSecrets.delete(value)
          matcherStale = true
        }
      }
    },
  }
}

/** How many distinct values are masked right now (for tests and diagnostics). */
export function liveSecretCount(): number {
  return liveSecrets.size
}

/**
 * The base64 text that encodes `bytes` wherever they sit in a longer input: one variant per alignment (0, 1 or 2
 * bytes before them), keeping only the characters that depend on these bytes alone.
 */
function base64Fragments(bytes: Buffer): string[] {
  const out = [bytes.toString('base64')]
  for (let lead = 0; lead < 3; lead++) {
    const text = Buffer.concat([Buffer.alloc(lead), bytes]).toString('base64')
    out.push(text.slice(Math.ceil((lead * 8) / 6), Math.floor(((lead + bytes.length) * 8) / 6)))
  }
  return out
}

function formsOf(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]
  forms.push(encodeURIComponent(forms[1]))
  for (const cased of new Set([secret, secret.toLowerCase(), secret.toUpperCase()])) {
    for (const fragment of base64Fragments(Buffer.from(cased, 'utf8'))) {
      forms.push(fragment, fragment.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''))
    }
  }
  return forms.filter((form) => form.length >= MIN_SECRET_LENGTH)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

function liveMatcher(): RegExp | null {
  if (matcherStale) {
    matcherStale = false
    // Case-insensitive, longest form first, so a full encoding is masked whole rather than its prefix.
    const forms = new Map<string, string>()
    for (const secret of liveSecrets.keys()) for (const form of formsOf(secret)) forms.set(form.toLowerCase(), form)
    const sorted = [...forms.values()].sort((a, b) => b.length - a.length)
    matcher = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'gi') : null
  }
  return matcher
}

export function redact(text: string): string {
  const live = liveMatcher()
  const out = live ? text.replace(live, '[redacted]') : text
  return out
    .replace(secretParam, '$1=[redacted]')
    .replace(secretJson, '$1[redacted]$3')
    .replace(secretHeader, '$1: [redacted]')
}

function formatDetails(details: unknown): string {
  if (details === undefined) return ''
  if (details instanceof Error) return ` ${details.name}: ${details.message}`
  try {
    return ` ${JSON.stringify(details)}`
  } catch {
    return ` ${String(details)}`
  }
}

export type LogSink = (level: 'info' | 'warn' | 'error', line: string) => void

const consoleSink: LogSink = (level, line) => {
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.info(line)
}

export function createLogger(scope: string, sink: LogSink = consoleSink): Logger {
  const write = (level: 'info' | 'warn' | 'error') => (message: string, details?: unknown) =>
    sink(level, redact(`[${scope}] ${message}${formatDetails(details)}`))
  return { info: write('info'), warn: write('warn'), error: write('error') }
}

/** For tests and the bridge: a logger that keeps lines in memory. */
export function createMemoryLogger(scope = 'test'): Logger & { lines: string[] } {
  const lines: string[] = []
  return Object.assign(
    createLogger(scope, (level, line) => lines.push(`${level} ${line}`)),
    { lines },
  )
}
