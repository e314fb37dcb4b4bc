import { describe, expect, it } from 'vitest'
import { countryName } from './names'

const us = { code: 'US', name: 'United States' }

describe('countryName', () => {
  it("keeps Thordata's English name in English", () => {
    expect(countryName(us, 'en-US')).toBe('United States')
  })

  it('names the country in Chinese from its ISO code', () => {
    expect(countryName(us, 'zh-CN')).toBe('美国')
    expect(countryName({ code: 'de', name: 'Germany' }, 'zh-CN')).toBe('德国')
  })

  it("falls back to Thordata's name for a code the engine does not know", () => {
    expect(countryName({ code: 'XX', name: 'Nowhere' }, 'zh-CN')).toBe('Nowhere')
    expect(countryName({ code: 'ABC', name: 'Odd code' }, 'zh-CN')).toBe('Odd code')
  })
})
