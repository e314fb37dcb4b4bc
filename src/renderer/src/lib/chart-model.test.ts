import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chartModel, markToday } from './chart-model'

const GB = 1024 ** 3
const MB = 1024 ** 2

describe('chartModel', () => {
  it('plots daily usage in GB with round ticks and tooltips in the same unit', () => {
    const model = chartModel(
      [
        { label: 'Mar 1', value: 0.95 * GB },
        { label: 'Mar 2', value: 2.85 * GB },
        { label: 'Mar 3', value: 1022 * MB },
      ],
      'bytes',
    )
    expect(model.ticks.map(model.formatTick)).toEqual(['0 GB', '1 GB', '2 GB', '3 GB'])
    expect(model.data.map((row) => model.formatValue(row.value ?? 0))).toEqual(['0.95 GB', '2.85 GB', '1.00 GB'])
  })

  it('keeps today apart as "so far" so it does not read as a drop', () => {
    const model = chartModel(
      [
        { label: 'Mar 2', value: 2 * GB },
        { label: 'Mar 3', value: 0.5 * GB, partial: true },
      ],
      'bytes',
    )
    expect(model.hasPartial).toBe(true)
    expect(model.data).toEqual([
      { label: 'Mar 2', value: 2, soFar: null },
      { label: 'Mar 3', value: null, soFar: 0.5 },
    ])
  })

  it('never lets a bar rise above the axis', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 44 }), { minLength: 1, maxLength: 60 }), (values) => {
        const model = chartModel(
          values.map((value, i) => ({ label: String(i), value })),
          'bytes',
        )
        const top = model.ticks.at(-1) ?? 0
        for (const row of model.data) expect(row.value ?? 0).toBeLessThanOrEqual(top + 1e-9)
      }),
    )
  })

  it('counts plainly', () => {
    const model = chartModel([{ label: 'a', value: 1450 }], 'count')
    expect(model.ticks.map(model.formatTick)).toEqual(['0', '500', '1,000', '1,500'])
    expect(model.formatValue(1450)).toBe('1,450')
  })
})

describe('markToday', () => {
  it('marks only today', () => {
    expect(markToday([{ date: '2026-11-30' }, { date: '2026-12-01' }], '2026-12-01').map((d) => d.partial)).toEqual([
      false,
      true,
    ])
  })
})
