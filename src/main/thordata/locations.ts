import type {
  Asn,
  AsnsInput,
  CitiesInput,
  City,
  CountriesInput,
  Country,
  State,
  StatesInput,
} from '@shared/domain/locations'
import { Fields, listIn, readRows } from './parse'
import { locationProxyType } from './products'
import type { Transport } from './transport'

/**
 * Location lists reach the renderer as plain arrays, so a row that cannot be read is left out (a city without a
 * name cannot be offered) instead of failing a 50,000-row list.
 */
const readable = <T>(data: unknown, what: string, read: (row: unknown) => T): T[] =>
  readRows(listIn(data, what), read).rows

export function parseCountries(data: unknown): Country[] {
  return readable(data, 'countries', (row) => {
    const f = new Fields(row, 'country')
    const code = f.text('country_code').toUpperCase()
    return { code, name: f.optText('country_name') ?? code }
  })
}

export function parseStates(data: unknown, countryCode: string): State[] {
  return readable(data, 'states', (row) => {
    const f = new Fields(row, 'state')
    const code = f.text('state_code')
    return {
      countryCode: (f.optText('country_code') ?? countryCode).toUpperCase(),
      code,
      name: f.optText('state_name') ?? code,
    }
  })
}

/** The Python SDK's test rows name the city `city` (`[{"city": "Seattle"}]`). */
export function parseCities(data: unknown, countryCode: string): City[] {
  return readable(data, 'cities', (row) => {
    const f = new Fields(row, 'city')
    const name = f.text(['city_name', 'city', 'city_code'])
    return {
      countryCode: (f.optText('country_code') ?? countryCode).toUpperCase(),
      stateCode: f.optText('state_code'),
      stateName: f.optText('state_name'),
      code: f.optText('city_code') ?? name.toLowerCase().replace(/\s+/g, ''),
      name,
    }
  })
}

/** A bare number (`{"asn": "12345"}` in the Python SDK's test) gets the `AS` prefix, as that SDK adds it. */
const asnCode = (value: string) => (/^\d+$/.test(value.trim()) ? `AS${value.trim()}` : value)

/** The Python SDK's test rows name the fields `asn` and `name`. */
export function parseAsns(data: unknown, countryCode: string): Asn[] {
  return readable(data, 'ASNs', (row) => {
    const f = new Fields(row, 'ASN')
    const code = asnCode(f.text(['asn_code', 'asn']))
    return {
      countryCode: (f.optText('country_code') ?? countryCode).toUpperCase(),
      code,
      name: f.optText(['asn_name', 'name']) ?? code,
    }
  })
}

export function createLocationsApi(transport: Transport) {
  return {
    async countries(input: CountriesInput): Promise<Country[]> {
      return parseCountries(
        await transport.get('/locations/countries', { proxy_type: locationProxyType(input.product) }),
      )
    },

    async states(input: StatesInput): Promise<State[]> {
      const country = input.countryCode.toUpperCase()
      const data = await transport.get('/locations/states', {
        proxy_type: locationProxyType(input.product),
        country_code: country,
      })
      return parseStates(data, country)
    },

    async cities(input: CitiesInput): Promise<City[]> {
      const country = input.countryCode.toUpperCase()
      const data = await transport.get('/locations/cities', {
        proxy_type: locationProxyType(input.product),
        country_code: country,
        state_code: input.stateCode?.toLowerCase(),
      })
      return parseCities(data, country)
    },

    async asns(input: AsnsInput): Promise<Asn[]> {
      const country = input.countryCode.toUpperCase()
      const data = await transport.get('/locations/asn', {
        proxy_type: locationProxyType(input.product),
        country_code: country,
      })
      return parseAsns(data, country)
    },
  }
}
