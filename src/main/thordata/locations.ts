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
import { Fields, listIn } from './parse'
import { locationProxyType } from './products'
import type { Transport } from './transport'

export function parseCountries(data: unknown): Country[] {
  return listIn(data, 'countries').map((row) => {
    const f = new Fields(row, 'country')
    const code = f.text('country_code').toUpperCase()
    return { code, name: f.optText('country_name') ?? code }
  })
}

export function parseStates(data: unknown, countryCode: string): State[] {
  return listIn(data, 'states').map((row) => {
    const f = new Fields(row, 'state')
    const code = f.text('state_code')
    return {
      countryCode: (f.optText('country_code') ?? countryCode).toUpperCase(),
      code,
      name: f.optText('state_name') ?? code,
    }
  })
}

export function parseCities(data: unknown, countryCode: string): City[] {
  return listIn(data, 'cities').map((row) => {
    const f = new Fields(row, 'city')
    const name = f.text(['city_name', 'city_code'])
    return {
      countryCode: (f.optText('country_code') ?? countryCode).toUpperCase(),
      stateCode: f.optText('state_code'),
      stateName: f.optText('state_name'),
      code: f.optText('city_code') ?? name.toLowerCase().replace(/\s+/g, ''),
      name,
    }
  })
}

export function parseAsns(data: unknown, countryCode: string): Asn[] {
  return listIn(data, 'ASNs').map((row) => {
    const f = new Fields(row, 'ASN')
    const code = f.text('asn_code')
    return {
      countryCode: (f.optText('country_code') ?? countryCode).toUpperCase(),
      code,
      name: f.optText('asn_name') ?? code,
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
