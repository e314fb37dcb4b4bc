import dayjs from 'dayjs'
import { currentLocale, i18n } from './i18n'
import { type ByteUnit, formatInFor, formatNumberFor, formatTrafficFor, numberFormatFor } from './number-format'

/**
 * The one formatting rule: numbers, traffic, money and dates in the window's locale. A column or an axis shows
 * one unit (`unitFor` over all its values, then `formatIn` for each), at a fixed precision per unit.
 */

const numberFormat = (options: Intl.NumberFormatOptions) => numberFormatFor(currentLocale(), options)

/** "1,234.5" / "1,234.50" with `digits` fixed. */
export function formatNumber(value: number, digits?: number): string {
  return formatNumberFor(currentLocale(), value, digits)
}

/** Short enough for a card: "12.3K", "4.5M" (en) or "1.2万" (zh-CN). Small numbers stay exact. */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (Math.abs(value) < 10_000) return formatNumber(value)
  return numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

export { type ByteUnit, byteUnits, inUnit, unitDigits, unitFor, unitToBytes } from './number-format'

/** `bytes` in `unit` at the unit's fixed precision (lib/number-format.ts), in the window's locale. */
export function formatIn(bytes: number, unit: ByteUnit, digits?: number): string {
  return formatInFor(currentLocale(), bytes, unit, digits)
}

/** One amount on its own (a card, a sentence): in the unit that suits it. */
export function formatTraffic(bytes: number): string {
  return formatTrafficFor(currentLocale(), bytes)
}

/** Money for the locale: "$1,234.50", "US$1,234.50" in Chinese. */
export function formatMoney(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '—'
  return numberFormat({ style: 'currency', currency }).format(amount)
}

/** Today's calendar date where the user is, as yyyy-mm-dd. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD')
}

export function addDaysIso(isoDate: string, days: number): string {
  return dayjs(isoDate).add(days, 'day').format('YYYY-MM-DD')
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = currentLocale()
  const key = `${locale}|${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    dateFormats.set(key, format)
  }
  return format
}

/** A yyyy-mm-dd as the user's local calendar day (not UTC midnight, which is the day before west of Greenwich). */
const localDay = (isoDate: string) => dayjs(isoDate).toDate()

/** "March 3, 2027" / "2027年3月3日" */
export function formatLongDate(isoDate: string): string {
  return dateFormat({ dateStyle: 'long' }).format(localDay(isoDate))
}

/** "Mar 3, 2027" / "2027年3月3日" */
export function formatMediumDate(isoDate: string): string {
  return dateFormat({ dateStyle: 'medium' }).format(localDay(isoDate))
}

/** "Mar 3" / "3月3日" */
export function formatShortDate(isoDate: string): string {
  return dateFormat({ month: 'short', day: 'numeric' }).format(localDay(isoDate))
}

/** "14:05" */
export function formatClock(timestamp: number): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(timestamp)
}

/** "Mar 3, 14:05" / "3月3日 14:05" */
export function formatDateTime(timestamp: number): string {
  return dateFormat({ month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    timestamp,
  )
}

/** "Mar 3, 2027, 14:05" / "2027年3月3日 14:05": a moment that may lie in another year. */
export function formatMediumDateTime(timestamp: number): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(timestamp)
}

/** How old a figure is: "just now", "3 min ago", "2 hours ago", "4 days ago". `now` is injectable for tests. */
export function formatAge(timestamp: number, now = Date.now()): string {
  const minutes = Math.floor(Math.max(0, now - timestamp) / 60_000)
  if (minutes < 1) return i18n.t('common:time.justNow')
  if (minutes < 60) return i18n.t('common:time.minutesAgo', { count: minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return i18n.t('common:time.hoursAgo', { count: hours })
  return i18n.t('common:time.daysAgo', { count: Math.floor(hours / 24) })
}

const platformNames: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' }

export function formatPlatform(platform: string): string {
  return platformNames[platform] ?? platform
}
