import { describe, expect, it } from 'vitest'
import { countOf, describeCount } from './counts'
import { filterLocations, foldText, indexLocations } from './filter'

const places = [
  { code: 'saopaulo', name: 'São Paulo' },
  { code: 'lodz', name: 'Łódź' },
  { code: 'AU', name: 'Australia' },
  { code: 'US', name: 'United States' },
  { code: 'newyork', name: 'New York' },
  { code: 'tromso', name: 'Tromsø' },
  { code: 'AS7922', name: 'Comcast Cable Communications' },
]
const names = (query: string) => filterLocations(indexLocations(places), query).map((place) => place.name)

describe('foldText', () => {
  it('drops case, accents and extra spaces', () => {
    expect(foldText('  São   PAULO ')).toBe('sao paulo')
    expect(foldText('Łódź')).toBe('lodz')
    expect(foldText('İstanbul')).toBe('istanbul')
    expect(foldText('Straße')).toBe('strasse')
  })
})

describe('filterLocations', () => {
  it('returns the whole list, untouched, for an empty or blank query', () => {
    const index = indexLocations(places)
    expect(filterLocations(index, '')).toBe(index.items)
    expect(filterLocations(index, '   ')).toBe(index.items)
  })

  it('matches names without caring about accents or case, either way round', () => {
    expect(names('sao')).toEqual(['São Paulo'])
    expect(names('SÃO')).toEqual(['São Paulo'])
    expect(names('lodz')).toEqual(['Łódź'])
    expect(names('tromso')).toEqual(['Tromsø'])
  })

  it('matches codes as well as names', () => {
    expect(names('as7922')).toEqual(['Comcast Cable Communications'])
    expect(names('newyork')).toEqual(['New York'])
  })

  it('needs every word, in any order', () => {
    expect(names('york new')).toEqual(['New York'])
    expect(names('new paris')).toEqual([])
  })

  it('puts exact and starts-with matches ahead of the rest', () => {
    // "us" is inside Australia's name and São Paulo's code, but it is the United States' code.
    expect(names('us')).toEqual(['United States', 'Australia'])
    expect(names('au')).toEqual(['Australia', 'São Paulo'])
  })

  it('finds the one row it should among 50,000', () => {
    const cities = Array.from({ length: 50_000 }, (_, i) => ({ code: `city${i}`, name: `Cidade ${i} São` }))
    const index = indexLocations(cities)
    expect(filterLocations(index, 'cidade 49999')).toEqual([{ code: 'city49999', name: 'Cidade 49999 São' }])
    expect(filterLocations(index, 'sao')).toHaveLength(50_000)
    expect(filterLocations(index, 'city4999')).toHaveLength(11)
  })
})

describe('counts', () => {
  const cities = { one: 'city', other: 'cities' }
  it('says how many there are, or how many match', () => {
    expect(countOf(1, cities)).toBe('1 city')
    expect(describeCount(1234, 1234, cities, false)).toBe('1,234 cities')
    expect(describeCount(12, 1234, cities, true)).toBe('12 of 1,234 match')
  })
})
