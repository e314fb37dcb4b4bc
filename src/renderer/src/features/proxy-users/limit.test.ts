import { describe, expect, it } from 'vitest'
import { limitAmount, limitBytes } from './limit'

const MB = 1024 ** 2

describe('traffic limit field', () => {
  it('shows round GB figures in GB and anything else in MB', () => {
    expect(limitAmount(0)).toEqual({ amount: 0, unit: 'GB' })
    expect(limitAmount(1536 * MB)).toEqual({ amount: 1.5, unit: 'GB' })
    expect(limitAmount(100 * MB)).toEqual({ amount: 100, unit: 'MB' })
    expect(limitAmount(1000 * MB)).toEqual({ amount: 1000, unit: 'MB' })
  })

  it('turns what was typed into bytes, and nothing typed into NaN for the schema to refuse', () => {
    expect(limitBytes({ amount: 2, unit: 'GB' })).toBe(2048 * MB)
    expect(limitBytes({ amount: '250', unit: 'MB' })).toBe(250 * MB)
    expect(limitBytes({ amount: '', unit: 'MB' })).toBeNaN()
  })
})
