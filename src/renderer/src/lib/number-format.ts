import { unitBytes } from '@shared/traffic'

/**
 * The number and traffic rules of lib/format.ts for an explicit locale, with no i18next or dayjs behind them:
 * lib/early-start.ts formats the launch screen's figure with them before the app's bundle has loaded.
 */

const numberFormats = new Map<string, Intl.NumberFormat>()

/** Intl.NumberFormat is slow to build; tables format thousands of cells, so each (locale, options) is made once. */
export function numberFormatFor(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

/** "1,234.5" / "1,234.50" with `digits` fixed. */
export function formatNumberFor(locale: string, value: number, digits?: number): string {
  if (!Number.isFinite(value)) return '—'
  const options = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }
  return numberFormatFor(locale, options).format(value)
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
export function formatInFor(locale: string, bytes: number, unit: ByteUnit, digits = unitDigits[unit]): string {
  if (!Number.isFinite(bytes)) return '—'
  if (bytes === 0) return `${formatNumberFor(locale, 0)} ${unit}`
  const value = inUnit(bytes, unit)
  const smallest = 10 ** -digits
  if (Math.abs(value) < smallest / 2) {
    return `${bytes < 0 ? '>-' : '<'}${formatNumberFor(locale, smallest, digits)} ${unit}`
  }
  return `${formatNumberFor(locale, value, digits)} ${unit}`
}

/** One amount on its own (a card, a sentence): in the unit that suits it. */
export function formatTrafficFor(locale: string, bytes: number): string {
  return formatInFor(locale, bytes, unitFor([bytes]))
}
