import { describe, expect, it } from 'vitest'
import { clientWith, paramsOf } from './testing/client'
import { ok } from './testing/fake-fetch'

describe('locations', () => {
  it('lists countries for unlimited as proxy_type 2', async () => {
    const { client, seen } = clientWith([ok([{ country_code: 'DE', country_name: 'Germany' }])])
    await expect(client.locations.countries({ product: 'unlimited' })).resolves.toEqual([
      { code: 'DE', name: 'Germany' },
    ])
    expect(seen[0].url.pathname).toBe('/api/locations/countries')
    expect(paramsOf(seen[0])).toEqual({ proxy_type: '2' })
  })

  it('sends the country upper-case and the state lower-case', async () => {
    const city = {
      country_code: 'US',
      country_name: 'United States',
      state_code: 'texas',
      state_name: 'Texas',
      city_code: 'austin',
      city_name: 'Austin',
    }
    const { client, seen } = clientWith([ok([city])])
    const cities = await client.locations.cities({ product: 'residential', countryCode: 'us', stateCode: 'Texas' })
    expect(paramsOf(seen[0])).toEqual({ proxy_type: '1', country_code: 'US', state_code: 'texas' })
    expect(cities).toEqual([
      { countryCode: 'US', stateCode: 'texas', stateName: 'Texas', code: 'austin', name: 'Austin' },
    ])
  })

  it('reads states and ASNs', async () => {
    const { client, seen } = clientWith([
      ok([{ country_code: 'US', country_name: 'United States', state_code: 'texas', state_name: 'Texas' }]),
      ok([{ country_code: 'US', asn_code: 'AS7922', asn_name: 'Comcast Cable Communications' }]),
    ])
    await expect(client.locations.states({ product: 'residential', countryCode: 'US' })).resolves.toEqual([
      { countryCode: 'US', code: 'texas', name: 'Texas' },
    ])
    await expect(client.locations.asns({ product: 'residential', countryCode: 'US' })).resolves.toEqual([
      { countryCode: 'US', code: 'AS7922', name: 'Comcast Cable Communications' },
    ])
    expect(seen[1].url.pathname).toBe('/api/locations/asn')
  })

  // Python SDK tests/test_client.py test_list_cities / test_list_asn: [{"city": "Seattle"}], [{"asn": "12345", "name": "ASN1"}]
  it('reads the city named `city`, and an ASN named `asn` / `name` with a bare number as AS…', async () => {
    const { client } = clientWith([ok([{ city: 'Seattle' }]), ok([{ asn: '12345', name: 'ASN1' }])])
    await expect(client.locations.cities({ product: 'residential', countryCode: 'us' })).resolves.toEqual([
      { countryCode: 'US', stateCode: null, stateName: null, code: 'seattle', name: 'Seattle' },
    ])
    await expect(client.locations.asns({ product: 'residential', countryCode: 'us' })).resolves.toEqual([
      { countryCode: 'US', code: 'AS12345', name: 'ASN1' },
    ])
  })

  it('leaves out a row it cannot read instead of failing the whole list, and reads {} as no countries', async () => {
    const { client } = clientWith([ok([{ country_code: 'DE' }, { country_name: 'Nowhere' }]), ok({})])
    await expect(client.locations.countries({ product: 'residential' })).resolves.toEqual([{ code: 'DE', name: 'DE' }])
    await expect(client.locations.countries({ product: 'residential' })).resolves.toEqual([])
  })
})
