import type { TrafficBalance } from '@shared/domain/account'
import { toBytes, unitBytes } from '@shared/traffic'
import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'
import type { BalanceUnitService } from '../thordata/balance-unit-service'

/** The tray, as far as the Account handlers are concerned: it hears about every balance the window loads. */
export interface BalanceSink {
  ticket(): number
  accept(balance: TrafficBalance, ticket: number): void
  /** The balance a tray refresh pushed to the window less than `maxAgeMs` ago (handed out once), else null. */
  fresh(maxAgeMs: number): TrafficBalance | null
}

/** A balance younger than this is the answer: the window asking right after a tray refresh costs no request. */
export const FRESH_BALANCE_MS = 5_000

/**
 * The balance and the usage report both pass through here, so the automatic balance unit compares them as the
 * Account tab loads them: no request is made for the check itself.
 */
export function accountHandlers(client: ThordataClient, tray: BalanceSink, units: BalanceUnitService) {
  return {
    'account.trafficBalance': async () => {
      const fresh = tray.fresh(FRESH_BALANCE_MS)
      if (fresh) return fresh
      const ticket = tray.ticket()
      const readIn = units.unit()
      const read = await client.account.trafficBalance(readIn)
      // When this figure completes a pair that changes the unit, it is shown in the new unit straight away.
      const unit = units.sawBalance(read.remainingBytes, readIn)
      const balance =
        unit === readIn ? read : { ...read, remainingBytes: toBytes(read.remainingBytes / unitBytes[readIn], unit) }
      tray.accept(balance, ticket)
      return balance
    },
    'account.walletBalance': () => client.account.walletBalance(),
    'account.usage': async (range) => {
      const report = await client.account.usage(range)
      units.sawUsage(report.remainingBytes)
      return report
    },
    'account.balanceUnit': async () => units.status(),
  } satisfies Partial<Handlers>
}
