import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byteAxis, niceTicks } from './ticks'

const GB = 1024 ** 3

const isNiceStep = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9)
  return [1, 2, 5].some((factor) => Math.abs(mantissa - factor) < 1e-6)
}

describe('niceTicks', () => {
  it('gives 0 / 1 / 2 / 3 for a busiest day of 2.85', () => {
    expect(niceTicks(2.85, 4)).toEqual([0, 1, 2, 3])
  })

  it('always starts at 0, covers the maximum tightly, in even round steps', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 10 }), (max, n) => {
        const ticks = niceTicks(max, n)
        const step = ticks[1] - ticks[0]
        expect(ticks[0]).toBe(0)
        expect(ticks.length - 1).toBeLessThanOrEqual(n)
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max * (1 - 1e-9))
        expect(ticks.at(-1)).toBeLessThan(max + step + 1e-9)
        expect(isNiceStep(step)).toBe(true)
        ticks.forEach((tick, i) => {
          expect(tick).toBeCloseTo(i * step, 9)
        })
      }),
    )
  })

  it('draws an empty axis as 0 to 1 rather than collapsing it', () => {
    expect(niceTicks(0)).toEqual([0, 1])
  })
})

describe('byteAxis', () => {
  it('labels every tick in one unit, at the step precision', () => {
    const axis = byteAxis([0.95 * GB, 2.85 * GB, 0])
    expect(axis.unit).toBe('GB')
    expect(axis.ticks.map(axis.formatTick)).toEqual(['0 GB', '1 GB', '2 GB', '3 GB'])
  })

  it('uses one unit for every tick of any series', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 45 }), { minLength: 1, maxLength: 40 }), (values) => {
        const axis = byteAxis(values)
        const labels = axis.ticks.map(axis.formatTick)
        expect(labels.every((label) => label.endsWith(` ${axis.unit}`))).toBe(true)
        expect(new Set(labels).size).toBe(labels.length)
      }),
    )
  })
})
