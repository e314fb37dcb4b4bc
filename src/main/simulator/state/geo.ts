import { COUNTRIES, type CountryData } from './geo-data'
import type { UserProxyType } from './types'

/** Thordata's slug codes: lower case, accents folded, everything but letters and digits dropped ("alexandercity"). */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

export interface GeoState {
  code: string
  name: string
  cities: Array<{ code: string; name: string }>
}

/** Unlimited servers (2) exist in fewer countries; residential (1) and mobile (3) cover them all. */
export function countriesFor(proxyType: UserProxyType): CountryData[] {
  return proxyType === 2 ? COUNTRIES.filter((c) => c.unlimited) : COUNTRIES
}

export function findCountry(proxyType: UserProxyType, code: string): CountryData | undefined {
  const wanted = code.trim().toUpperCase()
  return countriesFor(proxyType).find((c) => c.code === wanted)
}

export function statesOf(country: CountryData): GeoState[] {
  return Object.entries(country.states).map(([name, cities]) => ({
    code: slug(name),
    name,
    cities: cities.map((city) => ({ code: slug(city), name: city })),
  }))
}
