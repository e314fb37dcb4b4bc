import { describe, expect, it } from 'vitest'
import { parseTrafficBalance, parseUsageReport, parseWalletBalance } from './account'
import { clientWith, paramsOf } from './testing/client'
import { ok } from './testing/fake-fetch'

const MB = 1024 ** 2
const KB = 1024

describe('traffic balance', () => {
  it('converts the documented MB into bytes and keeps the expiry date', () => {
    expect(parseTrafficBalance({ traffic_balance: 20480, expiration_time: '2025-12-31' }, 'MB')).toEqual({
      remainingBytes: 20480 * MB,
      expiresOn: '2025-12-31',
    })
  })

  it('follows the configured unit when the user switched it to KB', async () => {
    const { client } = clientWith([ok({ traffic_balance: '2048' })], { balanceUnit: 'KB' })
    await expect(client.account.trafficBalance()).resolves.toEqual({ remainingBytes: 2048 * KB, expiresOn: null })
  })

  it('refuses a reply without a balance instead of showing 0', () => {
    expect(() => parseTrafficBalance({ expiration_time: '2025-12-31' }, 'MB')).toThrow(/traffic_balance/)
  })
})

describe('wallet balance', () => {
  it.each([
    ['wallet_balance (docs)', { wallet_balance: 125.5 }],
    ['balance (SDKs)', { balance: '125.5' }],
  ])('reads %s', (_, data) => {
    expect(parseWalletBalance(data)).toEqual({ amount: 125.5, currency: 'USD' })
  })

  it('refuses a reply with neither field instead of showing 0', () => {
    expect(() => parseWalletBalance({})).toThrow(/wallet_balance/)
  })
})

describe('usage', () => {
  const docUsage = {
    total_usage_traffic: 3000000,
    traffic_balance: 7000000,
    query_days: 2,
    range_usage_traffic: 600000,
    data: [
      { date: '2025-05-01', usage_traffic: 250000 },
      { date: '2025-05-02', usage_traffic: 350000 },
    ],
  }

  it('converts every figure from kb into bytes', () => {
    expect(parseUsageReport(docUsage, { from: '2025-05-01', to: '2025-05-02' }, 'KB')).toEqual({
      from: '2025-05-01',
      to: '2025-05-02',
      totalUsedBytes: 3000000 * KB,
      remainingBytes: 7000000 * KB,
      rangeUsedBytes: 600000 * KB,
      days: [
        { date: '2025-05-01', usedBytes: 250000 * KB },
        { date: '2025-05-02', usedBytes: 350000 * KB },
      ],
    })
  })

  it('asks for the range as from_date / to_date', async () => {
    const { client, seen } = clientWith([ok(docUsage)])
    await client.account.usage({ from: '2025-05-01', to: '2025-05-02' })
    expect(seen[0].url.pathname).toBe('/api/account/usage-statistics')
    expect(paramsOf(seen[0])).toEqual({ from_date: '2025-05-01', to_date: '2025-05-02' })
  })
})
