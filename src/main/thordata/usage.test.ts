import { AppErrorException } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import { parseUsageReport } from './account'
import { parseProxyUserUsage } from './proxy-users'
import { parseUsageDays } from './usage'

const KB = 1024
const range = { from: '2025-05-01', to: '2025-05-02' }
const user = { product: 'residential', username: 'shop01', ...range } as const
const totals = { total_usage_traffic: 3000, traffic_balance: 7000 }

/** The days of one reply as each endpoint reads them: they must never differ. */
const bothRead = (data: Record<string, unknown>) => ({
  account: parseUsageReport({ ...totals, ...data }, range, 'KB').days,
  proxyUser: parseProxyUserUsage({ ...totals, ...data }, user, 'KB').days,
})

describe('usage days, the same for the master account and a proxy user', () => {
  const want = [
    { date: '2025-05-01', usedBytes: 250 * KB },
    { date: '2025-05-02', usedBytes: 350 * KB },
  ]

  it.each([
    [
      'usage_traffic (docs)',
      {
        data: [
          { date: '2025-05-01', usage_traffic: 250 },
          { date: '2025-05-02', usage_traffic: 350 },
        ],
      },
    ],
    [
      'usage (Python SDK test)',
      {
        data: [
          { date: '2025-05-01', usage: 250 },
          { date: '2025-05-02', usage: '350' },
        ],
      },
    ],
    [
      'nested under data.list',
      {
        data: {
          list: [
            { date: '2025-05-01 00:00', usage: 250 },
            { date: '2025-05-02', usage: 350 },
          ],
        },
      },
    ],
  ])('reads days with %s alike on both endpoints', (_name, data) => {
    expect(bothRead(data)).toEqual({ account: want, proxyUser: want })
  })

  it('reads no days from an empty or missing list on both endpoints', () => {
    expect(bothRead({ data: {} })).toEqual({ account: [], proxyUser: [] })
    expect(bothRead({})).toEqual({ account: [], proxyUser: [] })
  })

  it('reads a bare list of {date, usage}', () => {
    expect(parseUsageDays([{ date: '2024-01-01', usage: 100 }], 'KB')).toEqual([
      { date: '2024-01-01', usedBytes: 100 * KB },
    ])
  })

  it('refuses a day without a date or a figure, rather than counting it as nothing used', () => {
    expect(() => parseUsageDays({ data: [{ usage: 5 }] }, 'KB')).toThrow(/date missing/)
    expect(() => parseUsageDays({ data: [{ date: '2025-05-01' }] }, 'KB')).toThrow(/usage_traffic\/usage missing/)
  })

  it('the account report still needs its totals: a bare list of days is not read as a balance of 0', () => {
    expect(() => parseUsageReport([{ date: '2024-01-01', usage: 100 }], range, 'KB')).toThrow(AppErrorException)
    expect(() => parseUsageReport([{ date: '2024-01-01', usage: 100 }], range, 'KB')).toThrow(/total_usage_traffic/)
  })
})
