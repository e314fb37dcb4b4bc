import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSimulator, type TestSimulator } from './test-support'

type Row = Record<string, string>

let t: TestSimulator
beforeAll(async () => {
  t = await startTestSimulator()
})
afterAll(() => t.close())

describe('locations', () => {
  it('lists at least 30 real countries for residential and a shorter list for unlimited', async () => {
    const residential = (await t.get<Row[]>('/locations/countries', { proxy_type: 1 })).data
    const unlimited = (await t.get<Row[]>('/locations/countries', { proxy_type: 2 })).data
    expect(residential.length).toBeGreaterThanOrEqual(30)
    expect(residential).toContainEqual({ country_code: 'DE', country_name: 'Germany' })
    for (const c of residential) expect(c.country_code).toMatch(/^[A-Z]{2}$/)
    expect(new Set(residential.map((c) => c.country_code)).size).toBe(residential.length)
    expect(unlimited.length).toBeLessThan(residential.length)
    expect(unlimited).toContainEqual({ country_code: 'US', country_name: 'United States' })
  })

  it('lists states with lower-case slug codes, whatever case the country code has', async () => {
    const states = (await t.get<Row[]>('/locations/states', { proxy_type: 1, country_code: 'us' })).data
    expect(states).toContainEqual({
      country_code: 'US',
      country_name: 'United States',
      state_code: 'texas',
      state_name: 'Texas',
    })
    expect(states).toContainEqual(expect.objectContaining({ state_code: 'newyork', state_name: 'New York' }))
    for (const country of ['DE', 'GB', 'BR', 'IN']) {
      const rows = (await t.get<Row[]>('/locations/states', { proxy_type: 1, country_code: country })).data
      expect(rows.length).toBeGreaterThanOrEqual(3)
    }
  })

  it('lists cities for a country, narrowed to one state when asked', async () => {
    const all = (await t.get<Row[]>('/locations/cities', { proxy_type: 1, country_code: 'US' })).data
    const alabama = (
      await t.get<Row[]>('/locations/cities', { proxy_type: 1, country_code: 'US', state_code: 'Alabama' })
    ).data
    expect(alabama.length).toBeLessThan(all.length)
    expect(alabama.every((c) => c.state_code === 'alabama')).toBe(true)
    expect(alabama).toContainEqual({
      country_code: 'US',
      country_name: 'United States',
      state_code: 'alabama',
      state_name: 'Alabama',
      city_code: 'alexandercity',
      city_name: 'Alexander City',
    })
    const brazil = (
      await t.get<Row[]>('/locations/cities', { proxy_type: 1, country_code: 'BR', state_code: 'saopaulo' })
    ).data
    expect(brazil).toContainEqual(expect.objectContaining({ city_code: 'saopaulo', city_name: 'São Paulo' }))
  })

  it('lists real ASNs', async () => {
    const asns = (await t.get<Row[]>('/locations/asn', { proxy_type: 1, country_code: 'US' })).data
    expect(asns).toContainEqual({ country_code: 'US', asn_code: 'AS7922', asn_name: 'Comcast Cable Communications' })
  })

  it('answers an unknown country with an empty list and a missing parameter with 10000', async () => {
    expect((await t.get('/locations/states', { proxy_type: 1, country_code: 'ZZ' })).data).toEqual([])
    expect((await t.get('/locations/states', { proxy_type: 1 })).code).toBe(10000)
    expect((await t.get('/locations/countries')).code).toBe(10000)
    expect((await t.get('/locations/countries', { proxy_type: 9 })).code).toBe(10000)
  })
})
