import { describe, expect, it } from 'vitest'
import { fillDays, summarizeUsage, usagePoints } from './usage'

const MB = 1024 ** 2

describe('usage figures', () => {
  const report = {
    from: '2026-11-01',
    to: '2026-11-04',
    totalUsedBytes: 0,
    remainingBytes: 0,
    rangeUsedBytes: 600 * MB,
    days: [
      { date: '2026-11-02', usedBytes: 400 * MB },
      { date: '2026-11-04', usedBytes: 200 * MB },
    ],
  }

  it('fills the days Thordata left out with zero, so the chart has no gaps', () => {
    expect(fillDays(report).map((day) => [day.date, day.usedBytes / MB])).toEqual([
      ['2026-11-01', 0],
      ['2026-11-02', 400],
      ['2026-11-03', 0],
      ['2026-11-04', 200],
    ])
  })

  it('averages over every day of the period and finds the busiest', () => {
    const summary = summarizeUsage(report, fillDays(report))
    expect(summary.usedBytes).toBe(600 * MB)
    expect(summary.dailyAverageBytes).toBe(150 * MB)
    expect(summary.busiest).toEqual({ date: '2026-11-02', usedBytes: 400 * MB })
  })

  it('has no busiest day when nothing was used', () => {
    const empty = { ...report, rangeUsedBytes: 0, days: [] }
    expect(summarizeUsage(empty, fillDays(empty)).busiest).toBeNull()
  })

  it("marks only today's bar as partial", () => {
    const points = usagePoints(fillDays(report), '2026-11-04')
    expect(points.map((point) => point.partial)).toEqual([false, false, false, true])
    expect(points[0]).toMatchObject({ label: 'Nov 1', value: 0 })
  })
})
