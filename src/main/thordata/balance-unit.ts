import { type TrafficUnit, unitBytes } from '@shared/traffic'

/**
 * Which unit is /account/traffic-balance's `traffic_balance` in? The docs say MB, the SDK spec KB. The usage report
 * carries the same amount (`traffic_balance`, in the usage unit, documented KB), so one pair of figures fetched
 * close together tells: the right unit is the one that makes them agree.
 *
 * Tolerance, per candidate unit, in bytes:
 * - rounding: each figure may be rounded to a whole number of its own unit, so half a unit of each;
 * - traffic used between the two fetches: DRIFT_BYTES_PER_SECOND (20 MB/s) × the measured gap between them. A
 *   residential proxy account rarely sustains more, and the check only has to tell units 1,024× apart: a 1 s gap
 *   allows 20 MB, so any balance above a few tens of MB is told apart (a 1 Gbit/s allowance left every balance
 *   under ~125–250 MB undecided). An account that did draw more between the fetches makes a pair that no unit
 *   explains: the app then warns, it never picks a wrong unit.
 * Figures fetched more than MAX_GAP_MS apart are not compared (the allowance would swallow the answer), and when
 * more than one unit fits (figures of a few KB, where rounding dominates) the pair cannot tell.
 * A 1:1000 pair (decimal units) fetched together matches no unit: 2.3 % off is more than the allowance unless
 * the account is tiny or the gap long, in which case traffic used in between explains it just as well.
 */
export const DRIFT_BYTES_PER_SECOND = 20 * 1024 ** 2
export const MAX_GAP_MS = 120_000
export const CANDIDATE_UNITS: readonly TrafficUnit[] = ['B', 'KB', 'MB', 'GB']

export interface BalanceFigure {
  /** The raw `traffic_balance` of /account/traffic-balance, unit unknown. */
  value: number
  /** When it arrived, epoch ms. */
  at: number
}

export interface UsageFigure {
  /** The raw `traffic_balance` of /account/usage-statistics, in `unit`. */
  value: number
  unit: TrafficUnit
  at: number
}

export type UnitVerdict =
  | { kind: 'match'; unit: TrafficUnit }
  /** Both figures are usable, yet no unit brings them within tolerance (a top-up in between, or decimal units). */
  | { kind: 'mismatch' }
  /**
   * zero: a zero balance reads the same in every unit; apart: fetched too far apart; ambiguous: figures so small
   * that several units fit; invalid: negative or not a number.
   */
  | { kind: 'undecided'; reason: 'zero' | 'apart' | 'ambiguous' | 'invalid' }

export function toleranceBytes(candidate: TrafficUnit, usageUnit: TrafficUnit, gapMs: number): number {
  const rounding = (unitBytes[candidate] + unitBytes[usageUnit]) / 2
  return rounding + (DRIFT_BYTES_PER_SECOND * Math.abs(gapMs)) / 1000
}

export function detectBalanceUnit(balance: BalanceFigure, usage: UsageFigure): UnitVerdict {
  const values = [balance.value, usage.value, balance.at, usage.at]
  if (!values.every(Number.isFinite) || balance.value < 0 || usage.value < 0) {
    return { kind: 'undecided', reason: 'invalid' }
  }
  if (balance.value === 0 || usage.value === 0) return { kind: 'undecided', reason: 'zero' }
  const gapMs = Math.abs(usage.at - balance.at)
  if (gapMs > MAX_GAP_MS) return { kind: 'undecided', reason: 'apart' }

  const usageBytes = usage.value * unitBytes[usage.unit]
  const fits = CANDIDATE_UNITS.filter(
    (unit) => Math.abs(balance.value * unitBytes[unit] - usageBytes) <= toleranceBytes(unit, usage.unit, gapMs),
  )
  if (fits.length === 1) return { kind: 'match', unit: fits[0] }
  return fits.length === 0 ? { kind: 'mismatch' } : { kind: 'undecided', reason: 'ambiguous' }
}
