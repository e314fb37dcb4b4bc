import { describe, expect, it } from 'vitest'
import { periodFit, periodFor, summarize, windowRange } from './monitor-model'

describe('monitor windows and periods', () => {
  it('allows a day at one point a minute (1,440 points) but not a week', () => {
    expect(periodFit('day', 60)).toBe('ok')
    expect(periodFit('week', 60)).toBe('tooFine')
    expect(periodFit('week', 300)).toBe('tooFine')
    expect(periodFit('week', 3600)).toBe('ok')
    expect(periodFit('hour', 3600)).toBe('tooCoarse')
    expect(periodFit('day', 86400)).toBe('tooCoarse')
  })

  it('keeps the period when it still fits a new window, else takes the finest that does', () => {
    expect(periodFor('week', 86400)).toBe(86400)
    expect(periodFor('week', 60)).toBe(3600)
    expect(periodFor('hour', 86400)).toBe(60)
  })

  it('ends the window on the minute, so asking twice in a minute asks the same thing', () => {
    const at = Date.parse('2026-03-10T12:30:42Z')
    expect(windowRange('hour', at)).toEqual({ from: '2026-03-10T11:30:00.000Z', to: '2026-03-10T12:30:00.000Z' })
    expect(windowRange('hour', at + 10_000)).toEqual(windowRange('hour', at))
  })

  it('summarizes a series by its last value and its peak', () => {
    const points = [3, 9, 4].map((value, i) => ({ at: new Date(i * 60_000).toISOString(), value }))
    expect(summarize(points)).toEqual({ latest: 4, peak: 9 })
    expect(summarize([])).toBeNull()
  })
})
