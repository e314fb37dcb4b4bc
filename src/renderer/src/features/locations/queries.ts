import { channelQuery } from '@renderer/lib/queries'
import type { PlanProduct } from '@shared/domain/locations'
import { useQuery } from '@tanstack/react-query'

const DAY = 24 * 60 * 60 * 1000

// Thordata's location lists change a few times a year: keep them for a day so moving around the tab (or
// switching products back and forth) never refetches. The Refresh button is there for the rare change.
const longLived = { staleTime: DAY, gcTime: DAY }

export const countriesQuery = (product: PlanProduct) => ({
  ...channelQuery('locations.countries', { product }),
  ...longLived,
})

/** Every hook below waits (does not fetch) until a country is chosen. */
export const statesQuery = (product: PlanProduct, countryCode: string | null) => ({
  ...channelQuery('locations.states', { product, countryCode: countryCode ?? '' }),
  ...longLived,
  enabled: Boolean(countryCode),
})

/** Without a state: every city of the country. */
export const citiesQuery = (product: PlanProduct, countryCode: string | null, stateCode?: string | null) => ({
  ...channelQuery(
    'locations.cities',
    stateCode ? { product, countryCode: countryCode ?? '', stateCode } : { product, countryCode: countryCode ?? '' },
  ),
  ...longLived,
  enabled: Boolean(countryCode),
})

export const asnsQuery = (product: PlanProduct, countryCode: string | null) => ({
  ...channelQuery('locations.asns', { product, countryCode: countryCode ?? '' }),
  ...longLived,
  enabled: Boolean(countryCode),
})

export const useCountries = (product: PlanProduct) => useQuery(countriesQuery(product))

export const useStates = (product: PlanProduct, countryCode: string | null) =>
  useQuery(statesQuery(product, countryCode))

export const useCities = (product: PlanProduct, countryCode: string | null, stateCode?: string | null) =>
  useQuery(citiesQuery(product, countryCode, stateCode))

export const useAsns = (product: PlanProduct, countryCode: string | null) => useQuery(asnsQuery(product, countryCode))
