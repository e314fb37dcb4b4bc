import type { TrafficBalance, UsageRangeInput, UsageReport, WalletBalance } from '@shared/domain/account'
import type { TrafficUnit } from '@shared/traffic'
import type { ThordataConfig } from './config'
import { Fields, listIn, malformed } from './parse'
import type { Transport } from './transport'

export function parseTrafficBalance(data: unknown, unit: TrafficUnit): TrafficBalance {
  const f = new Fields(data, 'traffic balance')
  return { remainingBytes: f.bytes('traffic_balance', unit), expiresOn: f.date('expiration_time') }
}

/** The docs name the field `wallet_balance`; the SDKs read `balance`. Either is accepted, neither is guessed as 0. */
export function parseWalletBalance(data: unknown): WalletBalance {
  const f = new Fields(data, 'wallet balance')
  return { amount: f.number(['wallet_balance', 'balance', 'walletBalance']), currency: 'USD' }
}

/** The usage-statistics shape, shared by the master account and each proxy user. */
export function parseUsageReport(data: unknown, range: UsageRangeInput, unit: TrafficUnit): UsageReport {
  const f = new Fields(data, 'usage report')
  const days = listIn(f.value('data') ?? [], 'usage days').map((row) => {
    const day = new Fields(row, 'usage day')
    const date = day.date('date')
    if (date === null) throw malformed('usage day: date missing or unreadable')
    return { date, usedBytes: day.bytes('usage_traffic', unit) }
  })
  const summed = days.reduce((sum, day) => sum + day.usedBytes, 0)
  return {
    from: range.from,
    to: range.to,
    totalUsedBytes: f.bytes('total_usage_traffic', unit),
    remainingBytes: f.bytes('traffic_balance', unit),
    rangeUsedBytes: f.optBytes('range_usage_traffic', unit) ?? summed,
    days,
  }
}

export function createAccountApi(transport: Transport, config: () => ThordataConfig) {
  return {
    async trafficBalance(): Promise<TrafficBalance> {
      return parseTrafficBalance(await transport.get('/account/traffic-balance'), config().balanceUnit)
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
