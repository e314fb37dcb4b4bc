/** Every date the simulator prints is UTC, in the formats of reference §1.7. */
export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

const pad = (n: number): string => String(n).padStart(2, '0')

/** yyyy-mm-dd */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** "YYYY-MM-DD HH:mm" (ISP/DC and unlimited purchase/expiration times). */
export function formatMinute(ms: number): string {
  const d = new Date(ms)
  return `${formatDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** "yyyy-mm-dd HH" (hourly usage). */
export function formatHour(ms: number): string {
  return `${formatDate(ms)} ${pad(new Date(ms).getUTCHours())}`
}

/** Midnight UTC of the day holding `ms`. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS
}

/** Strict yyyy-mm-dd → midnight UTC ms, or null when it is not a real date. */
export function parseDate(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null
  const ms = Date.parse(`${text}T00:00:00Z`)
  return Number.isNaN(ms) || formatDate(ms) !== text ? null : ms
}

/** Strict "yyyy-mm-dd HH" → ms at the start of that hour, or null. */
export function parseHour(text: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2})$/.exec(text)
  if (!match) return null
  const day = parseDate(match[1])
  const hour = Number(match[2])
  return day === null || hour > 23 ? null : day + hour * HOUR_MS
}

export const toUnixSeconds = (ms: number): number => Math.floor(ms / 1000)
