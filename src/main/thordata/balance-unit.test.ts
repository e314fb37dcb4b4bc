import { type TrafficUnit, unitBytes } from '@shared/traffic'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CANDIDATE_UNITS, DRIFT_BYTES_PER_SECOND, detectBalanceUnit, MAX_GAP_MS } from './balance-unit'

const t0 = Date.UTC(2026, 11, 1, 14, 2, 0)
const kb = (bytes: number) => bytes / 1024

/** The same amount as both endpoints would report it: the balance in `unit`, the usage report in KB. */
function pair(bytes: number, unit: TrafficUnit, gapMs = 400, usedBetween = 0) {
  return detectBalanceUnit(
    { value: bytes / unitBytes[unit], at: t0 },
    { value: kb(bytes - usedBetween), unit: 'KB', at: t0 + gapMs },
  )
}

describe('detectBalanceUnit', () => {
  it('finds the unit of the simulator and the docs: 38,297.6 MB against 39,216,742.4 KB', () => {
    expect(detectBalanceUnit({ value: 38_297.6, at: t0 }, { value: 39_216_742.4, unit: 'KB', at: t0 + 300 })).toEqual({
      kind: 'match',
      unit: 'MB',
    })
  })

  it.each(CANDIDATE_UNITS)('finds %s when the balance endpoint reports in it', (unit) => {
    expect(pair(37.4 * 1024 ** 3, unit)).toEqual({ kind: 'match', unit })
  })

  it('finds the SDK spec reading (KB on both) from a whole-KB pair', () => {
    expect(detectBalanceUnit({ value: 39_216_742, at: t0 }, { value: 39_216_742, unit: 'KB', at: t0 })).toEqual({
      kind: 'match',
      unit: 'KB',
    })
  })

  it('allows for traffic used between the two fetches, at up to 20 MB/s', () => {
    const bytes = 120 * 1024 ** 3
    // 2 s apart, 30 MB used in between: explained.
    expect(pair(bytes, 'MB', 2000, 30 * 1024 ** 2)).toEqual({ kind: 'match', unit: 'MB' })
    // The same 2 s cannot explain 50 MB (more than 20 MB/s): no unit, a warning rather than a guess.
    expect(pair(bytes, 'MB', 2000, 2 * DRIFT_BYTES_PER_SECOND + 10 * 1024 ** 2)).toEqual({ kind: 'mismatch' })
  })

  it.each([
    [60, 1000],
    [30, 400],
    [200, 2000],
  ])('tells MB from KB for a small balance: %i MB fetched %i ms apart', (mb, gapMs) => {
    // A 1 Gbit/s allowance (125 MB a second) let the KB reading fit too, so these were undecided.
    expect(pair(mb * 1024 ** 2, 'MB', gapMs)).toEqual({ kind: 'match', unit: 'MB' })
    expect(pair(mb * 1024 ** 2, 'KB', gapMs)).toEqual({ kind: 'match', unit: 'KB' })
  })

  it('says no unit explains a 1:1000 pair (decimal units) fetched together', () => {
    expect(detectBalanceUnit({ value: 38_297.6, at: t0 }, { value: 38_297_600, unit: 'KB', at: t0 + 200 })).toEqual({
      kind: 'mismatch',
    })
  })

  it('says no unit explains a pair where one side tripled (a top-up in between)', () => {
    expect(detectBalanceUnit({ value: 1000, at: t0 }, { value: 3000 * 1024, unit: 'KB', at: t0 + 500 })).toEqual({
      kind: 'mismatch',
    })
  })

  it('cannot tell from a zero balance, which reads the same in every unit', () => {
    expect(detectBalanceUnit({ value: 0, at: t0 }, { value: 0, unit: 'KB', at: t0 })).toEqual({
      kind: 'undecided',
      reason: 'zero',
    })
    expect(detectBalanceUnit({ value: 0, at: t0 }, { value: 5120, unit: 'KB', at: t0 })).toMatchObject({
      reason: 'zero',
    })
  })

  it('does not compare figures fetched minutes apart, nor figures a few KB small, nor nonsense', () => {
    expect(pair(50 * 1024 ** 3, 'MB', MAX_GAP_MS + 1)).toEqual({ kind: 'undecided', reason: 'apart' })
    expect(detectBalanceUnit({ value: 0.4, at: t0 }, { value: 0.3, unit: 'KB', at: t0 })).toEqual({
      kind: 'undecided',
      reason: 'ambiguous',
    })
    expect(detectBalanceUnit({ value: -5, at: t0 }, { value: 5, unit: 'KB', at: t0 })).toMatchObject({
      reason: 'invalid',
    })
    expect(detectBalanceUnit({ value: Number.NaN, at: t0 }, { value: 5, unit: 'KB', at: t0 })).toMatchObject({
      reason: 'invalid',
    })
  })
})

describe('detectBalanceUnit, for any account', () => {
  const unit = fc.constantFrom(...CANDIDATE_UNITS)
  // From 1 MB to 100 TB, in whole KB as the usage report sends them.
  const balanceKb = fc.integer({ min: 1024, max: 100 * 1024 ** 3 })
  const gapMs = fc.integer({ min: 0, max: 5000 })

  it('finds the unit the balance was reported in, whatever was used in between within the allowance', () => {
    fc.assert(
      fc.property(balanceKb, unit, gapMs, fc.double({ min: 0, max: 1, noNaN: true }), (kbLeft, u, gap, share) => {
        // A balance endpoint rounds to two decimals of its unit, like the examples in the docs.
        const value = Math.round(((kbLeft * 1024) / unitBytes[u]) * 100) / 100
        const used = share * ((DRIFT_BYTES_PER_SECOND * gap) / 1000)
        const usageKb = Math.max(0, Math.round(kbLeft - used / 1024))
        const verdict = detectBalanceUnit({ value, at: t0 }, { value: usageKb, unit: 'KB', at: t0 + gap })
        // Only a figure too small for its unit (e.g. 0.00 GB) may leave the check undecided; it never picks wrong.
        if (verdict.kind === 'match') expect(verdict.unit).toBe(u)
        else expect(verdict).toMatchObject({ kind: 'undecided' })
        // Ten units or more, and more left than twice what the gap allows to be used: always found.
        if (value >= 10 && kbLeft * 1024 > (2 * DRIFT_BYTES_PER_SECOND * gap) / 1000) {
          expect(verdict).toEqual({ kind: 'match', unit: u })
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('never explains a 1:1000 pair of a 10 GB+ account fetched within a second', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10 * 1024, max: 100 * 1024 ** 2 }),
        fc.integer({ min: 0, max: 1000 }),
        (mb, gap) => {
          const verdict = detectBalanceUnit({ value: mb, at: t0 }, { value: mb * 1000, unit: 'KB', at: t0 + gap })
          expect(verdict).toEqual({ kind: 'mismatch' })
        },
      ),
      { numRuns: 1000 },
    )
  })
})
