import type { TrafficBalance, UsageRangeInput, UsageReport, WalletBalance } from '@shared/domain/account'
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
  /** The tray's poll under way (one request for both), else what `fresh` says. */
  sharedBalance?(maxAgeMs: number): Promise<TrafficBalance | null>
  /** The wallet of a tray poll under way, else null. */
  sharedWallet?(): Promise<WalletBalance | null>
  /** The usage report of a tray poll under way, for the range the forecast reads (the tab's default one). */
  sharedUsage?(range: UsageRangeInput): Promise<UsageReport | null>
  acceptWallet?(wallet: WalletBalance, ticket: number): void
  acceptUsage?(report: UsageReport, ticket: number): void
}

/** A balance younger than this is the answer: the window asking right after a tray refresh costs no request. */
export const FRESH_BALANCE_MS = 5_000

/**
 * The balance and the usage report both pass through here, so the automatic balance unit compares them as the
 * Account tab loads them: no request is made for the check itself.
 */
/**
 * The balance in the unit the balance-unit service applies, shown to it so the automatic check sees every balance
 * read (the window's and the tray's alike).
 */
export async function readTrafficBalance(client: ThordataClient, units: BalanceUnitService): Promise<TrafficBalance> {
  const readIn = units.unit()
  const read = await client.account.trafficBalance(readIn)
  // When this figure completes a pair that changes the unit, it is shown in the new unit straight away.
  const unit = units.sawBalance(read.remainingBytes, readIn)
  return unit === readIn ? read : { ...read, remainingBytes: toBytes(read.remainingBytes / unitBytes[readIn], unit) }
}

/** After a write that changes account figures (an order, a CDK), the next reads ask Thordata for this long. */
export const AFTER_WRITE_MS = 30_000

/**
 * `lastWrite`: when a call that changes account figures last finished (see handlers/index.ts). A tray poll that
 * was under way then, or a figure it kept, may predate the change, so within AFTER_WRITE_MS nothing is shared.
 */
export function accountHandlers(
  client: ThordataClient,
  tray: BalanceSink,
  units: BalanceUnitService,
  lastWrite: () => number = () => 0,
  now: () => number = Date.now,
) {
  const justWritten = () => now() - lastWrite() < AFTER_WRITE_MS
  return {
    'account.trafficBalance': async () => {
      const fresh = justWritten()
        ? null
        : tray.sharedBalance
          ? await tray.sharedBalance(FRESH_BALANCE_MS)
          : tray.fresh(FRESH_BALANCE_MS)
      if (fresh) return fresh
      const ticket = tray.ticket()
      const balance = await readTrafficBalance(client, units)
      tray.accept(balance, ticket)
      return balance
    },
    'account.walletBalance': async () => {
      // Only a request under way is shared: a Refresh moments after the tray's poll still asks Thordata.
      const shared = justWritten() ? null : await tray.sharedWallet?.()
      if (shared) return shared
      const ticket = tray.ticket()
      const wallet = await client.account.walletBalance()
      tray.acceptWallet?.(wallet, ticket)
      return wallet
    },
    'account.usage': async (range) => {
      // The tray's usage records for the forecast are this same report when the tab shows its default range.
      const shared = justWritten() ? null : await tray.sharedUsage?.(range)
      if (shared) return shared
      const ticket = tray.ticket()
      const report = await client.account.usage(range)
      units.sawUsage(report.remainingBytes)
      tray.acceptUsage?.(report, ticket)
      return report
    },
    'account.balanceUnit': async () => units.status(),
  } satisfies Partial<Handlers>
}
