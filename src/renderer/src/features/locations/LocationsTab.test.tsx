import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { switchLanguage } from '../../lib/i18n'
import { renderView } from '../../test-utils/render'
import LocationsTab from './LocationsTab'
import { giveListsRoom, locationHandlers, locationsBridge } from './test-support'

const region = (name: string) => screen.getByRole('region', { name })
const findRegion = (name: string) => screen.findByRole('region', { name })
const trail = () => screen.getByRole('navigation', { name: /Location path|地区路径/ })

function renderTab(fake = locationsBridge()) {
  return renderView(<LocationsTab />, fake)
}

async function openCountry(user: ReturnType<typeof renderTab>['user'], name: string) {
  await user.click(await within(await findRegion('Countries')).findByRole('button', { name }))
}

beforeEach(() => giveListsRoom())
afterEach(() => vi.restoreAllMocks())

describe('Locations tab', () => {
  it('lists the residential countries with their codes', async () => {
    const { fake } = renderTab()
    const countries = await findRegion('Countries')
    expect(await within(countries).findByRole('button', { name: 'United States' })).toBeInTheDocument()
    expect(within(countries).getByText('US')).toBeInTheDocument()
    expect(within(countries).getByRole('button', { name: 'Japan' })).toBeInTheDocument()
    expect(within(countries).getByText('4 of 4')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Locations' })).toBeInTheDocument()
    expect(fake.callsTo('locations.countries')).toEqual([{ product: 'residential' }])
  })

  it('names countries in Chinese, and finds them by either name', async () => {
    await switchLanguage('zh-CN')
    try {
      const { user } = renderTab()
      const countries = await findRegion('国家/地区')
      expect(await within(countries).findByRole('button', { name: '美国' })).toBeInTheDocument()
      await user.type(within(countries).getByRole('textbox', { name: '搜索国家/地区' }), 'germany')
      expect(await within(countries).findByText('1 / 4')).toBeInTheDocument()
      expect(within(countries).getByRole('button', { name: '德国' })).toBeInTheDocument()
      await user.click(within(countries).getByRole('button', { name: '德国' }))
      expect(within(trail()).getByText('德国')).toHaveAttribute('aria-current', 'location')
    } finally {
      await switchLanguage('en')
    }
  })

  it('drills from a country to its states, from a state to its cities, and back along the trail', async () => {
    const { user, fake } = renderTab()
    expect(screen.getByText(/Choose a country/)).toBeInTheDocument()
    await openCountry(user, 'United States')

    const states = await findRegion('States')
    expect(await within(states).findByRole('button', { name: 'Texas' })).toBeInTheDocument()
    expect(within(states).getByText('3 of 3')).toBeInTheDocument()
    expect(fake.callsTo('locations.states')).toEqual([{ product: 'residential', countryCode: 'US' }])

    await user.click(within(states).getByRole('button', { name: 'Texas' }))
    const cities = await findRegion('Cities')
    expect(await within(cities).findByText('Austin')).toBeInTheDocument()
    expect(within(cities).getByText('3 of 3')).toBeInTheDocument()
    expect(within(cities).queryByText('Los Angeles')).not.toBeInTheDocument()
    expect(fake.callsTo('locations.cities')).toEqual([
      { product: 'residential', countryCode: 'US', stateCode: 'texas' },
    ])
    expect(within(trail()).getByText('Texas')).toHaveAttribute('aria-current', 'location')

    await user.click(within(cities).getByRole('button', { name: 'All cities in United States' }))
    expect(await within(region('Cities')).findByText('Los Angeles')).toBeInTheDocument()
    expect(within(region('Cities')).getByText('7 of 7')).toBeInTheDocument()
    expect(fake.callsTo('locations.cities').at(-1)).toEqual({ product: 'residential', countryCode: 'US' })
    expect(within(trail()).queryByText('Texas')).not.toBeInTheDocument()

    await user.click(within(region('Cities')).getByRole('radio', { name: 'States' }))
    await user.click(within(await findRegion('States')).getByRole('button', { name: 'California' }))
    await user.click(within(trail()).getByRole('button', { name: 'United States' }))
    expect(await findRegion('States')).toBeInTheDocument()

    await user.click(within(trail()).getByRole('button', { name: 'All countries' }))
    expect(screen.queryByRole('region', { name: 'States' })).not.toBeInTheDocument()
    expect(screen.getByText(/Choose a country/)).toBeInTheDocument()
  })

  it("shows a country's ASNs", async () => {
    const { user, fake } = renderTab()
    await openCountry(user, 'United States')
    await user.click(within(await findRegion('States')).getByRole('radio', { name: 'ASNs' }))

    const asns = await findRegion('ASNs')
    expect(await within(asns).findByText('Comcast Cable Communications')).toBeInTheDocument()
    expect(within(asns).getByText('AS7922')).toBeInTheDocument()
    expect(within(asns).getByText('2 of 2')).toBeInTheDocument()
    expect(fake.callsTo('locations.asns')).toEqual([{ product: 'residential', countryCode: 'US' }])
  })

  it('copies codes through the app', async () => {
    const { user, fake } = renderTab()
    await user.click(await within(await findRegion('Countries')).findByRole('button', { name: 'Copy code US' }))
    await waitFor(() => expect(fake.callsTo('app.copyText')).toEqual([{ text: 'US' }]))

    await openCountry(user, 'United States')
    await user.click(await within(await findRegion('States')).findByRole('button', { name: 'Copy code texas' }))
    await user.click(within(region('States')).getByRole('radio', { name: 'ASNs' }))
    await user.click(await within(await findRegion('ASNs')).findByRole('button', { name: 'Copy code AS7922' }))
    await waitFor(() =>
      expect(fake.callsTo('app.copyText')).toEqual([{ text: 'US' }, { text: 'texas' }, { text: 'AS7922' }]),
    )
  })

  it("asks for the other product's lists on a switch, and switching back uses what it has", async () => {
    const { user, fake } = renderTab()
    await openCountry(user, 'United States')
    await within(await findRegion('States')).findByRole('button', { name: 'Texas' })

    await user.click(screen.getByRole('radio', { name: 'Unlimited' }))
    expect(await within(region('Countries')).findByText('2 of 2')).toBeInTheDocument()
    expect(within(region('Countries')).queryByRole('button', { name: 'Brazil' })).not.toBeInTheDocument()
    await waitFor(() =>
      expect(fake.callsTo('locations.states').at(-1)).toEqual({ product: 'unlimited', countryCode: 'US' }),
    )
    expect(fake.callsTo('locations.countries').at(-1)).toEqual({ product: 'unlimited' })

    await user.click(screen.getByRole('radio', { name: 'Residential' }))
    expect(await within(region('Countries')).findByText('4 of 4')).toBeInTheDocument()
    await user.click(within(region('States')).getByRole('radio', { name: 'ASNs' }))
    await user.click(within(await findRegion('ASNs')).getByRole('radio', { name: 'States' }))
    expect(await within(region('States')).findByRole('button', { name: 'Texas' })).toBeInTheDocument()
    expect(fake.callsTo('locations.countries')).toHaveLength(2)
    expect(fake.callsTo('locations.states')).toHaveLength(2)
  })

  it('keeps lists for hours, so coming back later does not ask Thordata again', async () => {
    const { user, fake } = renderTab()
    const countries = await findRegion('Countries')
    await within(countries).findByText('4 of 4')
    await user.click(screen.getByRole('radio', { name: 'Unlimited' }))
    await within(countries).findByText('2 of 2')

    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 6 * 60 * 60 * 1000)
    await user.click(screen.getByRole('radio', { name: 'Residential' }))
    await within(countries).findByText('4 of 4')
    await user.click(screen.getByRole('radio', { name: 'Unlimited' }))
    await within(countries).findByText('2 of 2')
    expect(fake.callsTo('locations.countries')).toHaveLength(2)
  })

  it('says so when the chosen country is not offered for the other product', async () => {
    const { user } = renderTab()
    await openCountry(user, 'Brazil')
    await user.click(screen.getByRole('radio', { name: 'Unlimited' }))
    expect(await screen.findByText('Brazil is not offered for Unlimited proxies')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'States' })).not.toBeInTheDocument()
  })

  it('refreshes only the lists on screen, and says when', async () => {
    const { user, fake } = renderTab()
    await openCountry(user, 'United States')
    await within(await findRegion('States')).findByRole('button', { name: 'Texas' })
    expect(screen.getByText(/^Updated \d\d:\d\d$/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    await waitFor(() => {
      expect(fake.callsTo('locations.countries')).toHaveLength(2)
      expect(fake.callsTo('locations.states')).toHaveLength(2)
    })
    expect(fake.callsTo('locations.asns')).toHaveLength(0)
    expect(fake.callsTo('locations.cities')).toHaveLength(0)
  })

  it('shows a skeleton until the list arrives', async () => {
    let answer: (value: ReturnType<typeof ok<never[]>>) => void = () => {}
    renderTab(locationsBridge({ 'locations.countries': () => new Promise((resolve) => (answer = resolve)) }))
    expect(region('Countries')).toHaveAttribute('aria-busy', 'true')
    answer(ok([]))
    expect(
      await within(region('Countries')).findByText('Thordata lists no countries for Residential proxies'),
    ).toBeInTheDocument()
    expect(region('Countries')).not.toHaveAttribute('aria-busy')
  })

  it('offers "Try again" when a list fails for a reason that may pass, and it refetches', async () => {
    const fake = locationsBridge({
      'locations.countries': () => fail(appError('network', 'Thordata did not answer in time')),
    })
    const { user } = renderTab(fake)
    const countries = region('Countries')
    expect(await within(countries).findByText('Thordata did not answer in time')).toBeInTheDocument()

    fake.respond('locations.countries', locationHandlers['locations.countries'])
    await user.click(within(countries).getByRole('button', { name: 'Try again' }))
    expect(await within(countries).findByRole('button', { name: 'Germany' })).toBeInTheDocument()
    expect(fake.callsTo('locations.countries')).toHaveLength(2)
  })

  it('keeps the list on screen when a refresh fails, with the reason and a retry', async () => {
    const { user, fake } = renderTab()
    const countries = await findRegion('Countries')
    await within(countries).findByRole('button', { name: 'Germany' })
    fake.respond('locations.countries', () => fail(appError('rate-limit', 'Too many requests; wait a minute')))

    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    const status = await within(countries).findByText(/^Couldn't refresh · /)
    expect(status.closest('[role="status"]')).toHaveAttribute('title', 'Too many requests; wait a minute')
    expect(within(countries).getByRole('button', { name: 'Germany' })).toBeInTheDocument()
    expect(within(countries).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('offers no retry when repeating the request cannot help', async () => {
    const { user } = renderTab(
      locationsBridge({ 'locations.states': () => fail(appError('auth', 'Your token or key is wrong')) }),
    )
    await openCountry(user, 'Germany')
    const states = await findRegion('States')
    expect(await within(states).findByText('Your token or key is wrong')).toBeInTheDocument()
    expect(within(states).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })
})
