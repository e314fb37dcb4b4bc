import type { TrafficBalance, UsageRangeInput, UsageReport, WalletBalance } from '@shared/domain/account'
import type { TrafficUnit } from '@shared/traffic'
import type { ThordataConfig } from './config'
import { Fields } from './parse'
import type { Transport } from './transport'
import { parseUsageDays, sumDays } from './usage'

export function parseTrafficBalance(data: unknown, unit: TrafficUnit): TrafficBalance {
  const f = new Fields(data, 'traffic balance')
  return { remainingBytes: f.bytes('traffic_balance', unit), expiresOn: f.date('expiration_time') }
}

/** The docs name the field `wallet_balance`; the SDKs read `balance`. Either is accepted, neither is guessed as 0. */
export function parseWalletBalance(data: unknown): WalletBalance {
  const f = new Fields(data, 'wallet balance')
  return { amount: f.number(['wallet_balance', 'balance', 'walletBalance']), currency: 'USD' }
}

/**
 * The master account's usage report. Its days read like a proxy user's (usage.ts), a bare list of days included;
 * but the totals are required here: the balance is shown from them and checks the balance unit, and a missing
 * figure must not read as 0 ("used up").
 */
export function parseUsageReport(data: unknown, range: UsageRangeInput, unit: TrafficUnit): UsageReport {
  const days = parseUsageDays(data, unit)
  const f = new Fields(Array.isArray(data) ? {} : data, 'usage report')
  return {
    from: range.from,
    to: range.to,
    totalUsedBytes: f.bytes('total_usage_traffic', unit),
    remainingBytes: f.bytes('traffic_balance', unit),
    rangeUsedBytes: f.optBytes('range_usage_traffic', unit) ?? sumDays(days),
    days,
  }
}

export function createAccountApi(transport: Transport, config: () => ThordataConfig) {
  return {
    /** `unit` lets the balance-unit check read the figure in the unit it decided on before the call. */
    async trafficBalance(unit: TrafficUnit = config().balanceUnit): Promise<TrafficBalance> {
      return parseTrafficBalance(await transport.get('/account/traffic-balance'), unit)
    },

    async walletBalance(): Promise<WalletBalance> {
      return parseWalletBalance(await transport.get('/account/wallet-balance'))
    },

    async usage(range: UsageRangeInput): Promise<UsageReport> {
      const data = await transport.get('/account/usage-statistics', { from_date: range.from, to_date: range.to })
      return parseUsageReport(data, range, config().usageUnit)
    },
  }
}
