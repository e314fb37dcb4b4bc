import type { TrafficUnit } from '../traffic'

/** The docs' unit for /account/traffic-balance, used while the automatic check has nothing to go on. */
export const DOCUMENTED_BALANCE_UNIT: TrafficUnit = 'MB'

/** One comparison of the balance with the usage report's copy of it (src/main/thordata/balance-unit.ts). */
export interface BalanceUnitCheck {
  verdict: 'match' | 'mismatch'
  /** The unit that made the two agree; null on a mismatch. */
  unit: TrafficUnit | null
  /** The raw figure of /account/traffic-balance and when it arrived (ISO). */
  balance: { value: number; at: string }
  /** The raw `traffic_balance` of the usage report, in its unit. */
  usage: { value: number; unit: TrafficUnit; at: string }
}

/** What Settings shows under the balance-unit field. */
export interface BalanceUnitStatus {
  setting: 'auto' | TrafficUnit
  /** The unit the balance is read in right now. */
  applied: TrafficUnit
  /**
   * manual: set by hand; found: an automatic check found it (possibly on an earlier pair, if the last one disagreed);
   * documented: automatic, nothing found yet; demo: demo mode follows the docs and is not checked.
   */
  source: 'manual' | 'found' | 'documented' | 'demo'
  /** The last check for this account, or null. */
  check: BalanceUnitCheck | null
}
