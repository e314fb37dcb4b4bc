import { unitBytes } from '@shared/traffic'
import dayjs from 'dayjs'
import { currentLocale, i18n } from './i18n'

/**
 * The one formatting rule: numbers, traffic, money and dates in the window's locale. A column or an axis shows
 * one unit (`unitFor` over all its values, then `formatIn` for each), at a fixed precision per unit.
 */

const numberFormats = new Map<string, Intl.NumberFormat>()

/** Intl.NumberFormat is slow to build; tables format thousands of cells, so each (locale, options) is made once. */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = currentLocale()
  const key = `${locale}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

/** "1,234.5" / "1,234.50" with `digits` fixed. */
export function formatNumber(value: number, digits?: number): string {
  if (!Number.isFinite(value)) return '—'
  const options = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }
  return numberFormat(options).format(value)
}

/** Short enough for a card: "12.3K", "4.5M" (en) or "1.2万" (zh-CN). Small numbers stay exact. */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (Math.abs(value) < 10_000) return formatNumber(value)
  return numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

export type ByteUnit = 'B' | 'KB' | 'MB' | 'GB' | 'TB'

export const byteUnits: readonly ByteUnit[] = ['B', 'KB', 'MB', 'GB', 'TB']

const bytesIn: Record<ByteUnit, number> = { ...unitBytes, TB: 1024 ** 4 }

/** Digits after the point, the same for every value shown in a unit. */
export const unitDigits: Record<ByteUnit, number> = { B: 0, KB: 1, MB: 1, GB: 2, TB: 2 }

/** How many of `unit` are in `bytes`. */
export function inUnit(bytes: number, unit: ByteUnit): number {
  return bytes / bytesIn[unit]
}

/** Bytes in `value` of `unit`. */
export function unitToBytes(value: number, unit: ByteUnit): number {
  return value * bytesIn[unit]
}

/**
 * The unit for a column or an axis: the largest in which its biggest value is at least 1. With nothing above
 * zero it is `fallback` (GB: a plan with no traffic reads "0 GB", not "0 B").
 */
export function unitFor(values: Iterable<number>, fallback: ByteUnit = 'GB'): ByteUnit {
  let max = 0
  for (const value of values) if (Number.isFinite(value) && Math.abs(value) > max) max = Math.abs(value)
  if (max === 0) return fallback
  let unit: ByteUnit = 'B'
  for (const candidate of byteUnits) if (max >= bytesIn[candidate]) unit = candidate
  return unit
}

/**
 * `bytes` in `unit` at the unit's fixed precision: "1.06 GB", "0.99 GB". Exactly zero is "0 GB"; a value too
 * small to show in the unit is "<0.01 GB", never a misleading zero.
 */
export function formatIn(bytes: number, unit: ByteUnit, digits = unitDigits[unit]): string {
  if (!Number.isFinite(bytes)) return '—'
  if (bytes === 0) return `${formatNumber(0)} ${unit}`
  const value = inUnit(bytes, unit)
  const smallest = 10 ** -digits
  if (Math.abs(value) < smallest / 2) return `${bytes < 0 ? '>-' : '<'}${formatNumber(smallest, digits)} ${unit}`
  return `${formatNumber(value, digits)} ${unit}`
}

/** One amount on its own (a card, a sentence): in the unit that suits it. */
export function formatTraffic(bytes: number): string {
  return formatIn(bytes, unitFor([bytes]))
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
