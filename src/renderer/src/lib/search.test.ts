import { describe, expect, it } from 'vitest'
import { buildSearchIndex, foldText, searchIndex } from './search'

const places = ['Australia', 'Russia', 'São Paulo', 'Łódź', 'Us']
const index = buildSearchIndex(places, (place) => [place])

describe('search', () => {
  it('folds case, accents and letters without marks', () => {
    expect(foldText('  São  PAULO ')).toBe('sao paulo')
    expect(foldText('Łódź Straße')).toBe('lodz strasse')
  })

  it('needs every word somewhere, and keeps list order unless asked to rank', () => {
    expect(searchIndex(index, 'sao')).toEqual(['São Paulo'])
    expect(searchIndex(index, 'paulo sã')).toEqual(['São Paulo'])
    expect(searchIndex(index, 'us')).toEqual(['Australia', 'Russia', 'Us'])
    expect(searchIndex(index, 'us', { rank: true })).toEqual(['Us', 'Australia', 'Russia'])
    expect(searchIndex(index, '   ')).toBe(places)
  })
})
