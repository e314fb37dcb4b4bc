import type { Asn, City, Country, State } from '@shared/domain/locations'
import { ok } from '@shared/ipc/result'
import { vi } from 'vitest'
import { createFakeBridge, demoSession, type Handlers } from '../../test-utils/fakeBridge'

const countries: Country[] = [
  { code: 'US', name: 'United States' },
  { code: 'BR', name: 'Brazil' },
  { code: 'DE', name: 'Germany' },
  { code: 'JP', name: 'Japan' },
]
const unlimitedCodes = ['US', 'DE']

const statesByCountry: Record<string, Array<[code: string, name: string, cities: string[]]>> = {
  US: [
    ['texas', 'Texas', ['Austin', 'Houston', 'Dallas']],
    ['california', 'California', ['Los Angeles', 'San Francisco']],
    ['newyork', 'New York', ['New York', 'Buffalo']],
  ],
  BR: [
    ['saopaulo', 'São Paulo', ['São Paulo', 'Campinas']],
    ['riodejaneiro', 'Rio de Janeiro', ['Rio de Janeiro', 'Niterói']],
  ],
  DE: [['berlin', 'Berlin', ['Berlin']]],
}

const asnsByCountry: Record<string, Array<[code: string, name: string]>> = {
  US: [
    ['AS7922', 'Comcast Cable Communications'],
    ['AS701', 'Verizon Business'],
  ],
  BR: [['AS28573', 'Claro']],
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/** A small, real-looking world behind the four location channels; unlimited offers only the US and Germany. */
export const locationHandlers: Pick<
  Handlers,
  'locations.countries' | 'locations.states' | 'locations.cities' | 'locations.asns'
> = {
  'locations.countries': ({ product }) =>
    ok(product === 'unlimited' ? countries.filter((c) => unlimitedCodes.includes(c.code)) : countries),
  'locations.states': ({ countryCode }) =>
    ok<State[]>((statesByCountry[countryCode] ?? []).map(([code, name]) => ({ countryCode, code, name }))),
  'locations.cities': ({ countryCode, stateCode }) =>
    ok<City[]>(
      (statesByCountry[countryCode] ?? [])
        .filter(([code]) => !stateCode || code === stateCode)
        .flatMap(([code, name, cities]) =>
          cities.map((city) => ({ countryCode, stateCode: code, stateName: name, code: slug(city), name: city })),
        ),
    ),
  'locations.asns': ({ countryCode }) =>
    ok<Asn[]>((asnsByCountry[countryCode] ?? []).map(([code, name]) => ({ countryCode, code, name }))),
}

export const locationsBridge = (overrides: Partial<Handlers> = {}) =>
  createFakeBridge({ session: demoSession, overrides: { ...locationHandlers, ...overrides } })

/** "City 1" … "City n", all in one state, as a country-wide list. */
export function manyCities(count: number): City[] {
  return Array.from({ length: count }, (_, i) => ({
    countryCode: 'US',
    stateCode: 'texas',
    stateName: 'Texas',
    code: `city${i + 1}`,
    name: `City ${i + 1}`,
  }))
}

/**
 * jsdom does no layout, so every table would measure 0 px tall and show no rows. This gives the tables' scroll
 * containers (the element around each <table>) a real size, so the virtualizer renders what a user would see.
 */
export function giveListsRoom(height = 400, width = 600) {
  const isScroller = (element: Element) => element.firstElementChild?.tagName === 'TABLE'
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return isScroller(this) ? height : 0
  })
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return isScroller(this) ? width : 0
  })
}
