import type { Route } from '../http/route'
import { countriesFor, findCountry, statesOf } from '../state/geo'
import { userProxyType } from './common'

/** Reference §3. An unknown country or state is an empty list, not an error. */
export const locationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/locations/countries',
    handle: (_ctx, params) =>
      countriesFor(userProxyType(params)).map((c) => ({ country_code: c.code, country_name: c.name })),
  },
  {
    method: 'GET',
    path: '/api/locations/states',
    handle: (_ctx, params) => {
      const country = findCountry(userProxyType(params), params.required('country_code'))
      if (!country) return []
      return statesOf(country).map((s) => ({
        country_code: country.code,
        country_name: country.name,
        state_code: s.code,
        state_name: s.name,
      }))
    },
  },
  {
    method: 'GET',
    path: '/api/locations/cities',
    handle: (_ctx, params) => {
      const country = findCountry(userProxyType(params), params.required('country_code'))
      if (!country) return []
      const wantedState = params.optional('state_code')?.toLowerCase()
      return statesOf(country)
        .filter((s) => wantedState === undefined || s.code === wantedState)
        .flatMap((s) =>
          s.cities.map((city) => ({
            country_code: country.code,
            country_name: country.name,
            state_code: s.code,
            state_name: s.name,
            city_code: city.code,
            city_name: city.name,
          })),
        )
    },
  },
  {
    method: 'GET',
    path: '/api/locations/asn',
    handle: (_ctx, params) => {
      const country = findCountry(userProxyType(params), params.required('country_code'))
      if (!country) return []
      return country.asns.map(([code, name]) => ({ country_code: country.code, asn_code: code, asn_name: name }))
    },
  },
]
