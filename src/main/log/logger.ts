/**
 * The one logger of main. Everything it writes passes through redact(), so a token, key or password that slips
 * into a message or an error never reaches a log file or the console.
 */
export interface Logger {
  info(message: string, details?: unknown): void
  warn(message: string, details?: unknown): void
  error(message: string, details?: unknown): void
}

const secretParam = /\b(token|key|password|new_password|apikey|sign|secret)=([^&\s"']+)/gi
const secretJson = /("(?:token|key|password|new_password|apiKey|sign|secret)"\s*:\s*")([^"]*)(")/gi
const secretHeader = /\b(token|key|password|apikey|sign):\s*([^\s,;]+)/gi

const knownSecrets = new Set<string>()

/** Secrets registered here are masked wherever they appear, whatever the surrounding text looks like. */
export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= 4) knownSecrets.add(value)
}

export function forgetSecret(value: string | undefined | null): void {
  if (value) knownSecrets.delete(value)
}

export function redact(text: string): string {
  let out = text
  for (const secret of knownSecrets) out = out.split(secret).join('[redacted]')
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
