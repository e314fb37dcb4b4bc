import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  byteUnits,
  formatAge,
  formatClock,
  formatCompact,
  formatIn,
  formatLongDate,
  formatMediumDate,
  formatMoney,
  formatShortDate,
  formatTraffic,
  inUnit,
  unitFor,
} from './format'
import { switchLanguage } from './i18n'

const MB = 1024 ** 2
const GB = 1024 ** 3

afterEach(async () => {
  await switchLanguage('en')
})

describe('one unit per column', () => {
  it('shows "1,022 MB" and "1.06 GB" in the same unit', () => {
    const column = [1022 * MB, 1.06 * GB]
    const unit = unitFor(column)
    expect(column.map((bytes) => formatIn(bytes, unit))).toEqual(['1.00 GB', '1.06 GB'])
  })

  it('says "0 GB", not "0 B", when nothing was used', () => {
    expect(formatIn(0, unitFor([0, 0]))).toBe('0 GB')
    expect(formatTraffic(0)).toBe('0 GB')
  })

  it('never rounds a small but real amount down to zero', () => {
    expect(formatIn(3 * 1024, 'GB')).toBe('<0.01 GB')
  })

  it('keeps the precision fixed across a column', () => {
    expect([2 * GB, 1.5 * GB, 0.25 * GB].map((b) => formatIn(b, 'GB'))).toEqual(['2.00 GB', '1.50 GB', '0.25 GB'])
  })

  it('picks the largest unit in which the biggest value is at least 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 2 ** 50, noNaN: true }), { minLength: 1 }), (values) => {
        const max = Math.max(...values)
        fc.pre(max >= 1)
        const unit = unitFor(values)
        const next = byteUnits[byteUnits.indexOf(unit) + 1]
        expect(inUnit(max, unit)).toBeGreaterThanOrEqual(1)
        if (next) expect(inUnit(max, next)).toBeLessThan(1)
      }),
    )
  })
})

describe('locale', () => {
  it('formats dates, money and big numbers for English', () => {
    expect(formatLongDate('2027-03-03')).toBe('March 3, 2027')
    expect(formatMediumDate('2027-03-03')).toBe('Mar 3, 2027')
    expect(formatShortDate('2027-03-03')).toBe('Mar 3')
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50')
    expect(formatCompact(1_234_567)).toBe('1.2M')
    expect(formatCompact(9_999)).toBe('9,999')
    expect(formatClock(new Date(2027, 2, 3, 14, 5).getTime())).toBe('14:05')
  })

  it('follows the language once it switches to Chinese', async () => {
    await switchLanguage('zh-CN')
    expect(formatLongDate('2027-03-03')).toBe('2027年3月3日')
    expect(formatShortDate('2027-03-03')).toBe('3月3日')
    expect(formatCompact(1_234_567)).toBe('123.5万')
    expect(formatAge(0, 3 * 60_000)).toBe('3 分钟前')
  })
})

describe('formatAge', () => {
  it('says how old a figure is in words', () => {
    const now = 1_800_000_000_000
    expect(formatAge(now - 20_000, now)).toBe('just now')
    expect(formatAge(now - 3 * 60_000, now)).toBe('3 min ago')
    expect(formatAge(now - 2 * 3_600_000, now)).toBe('2 hours ago')
    expect(formatAge(now - 26 * 3_600_000, now)).toBe('1 day ago')
  })
})
