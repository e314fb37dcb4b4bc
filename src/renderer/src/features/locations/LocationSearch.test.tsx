import { ok } from '@shared/ipc/result'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderView } from '../../test-utils/render'
import LocationsTab from './LocationsTab'
import { giveListsRoom, locationsBridge, manyCities } from './test-support'

const findRegion = (name: string) => screen.findByRole('region', { name })
/** The table's data rows (the header row aside). */
const rowsIn = (region: HTMLElement) => Array.from(region.querySelectorAll<HTMLElement>('tr[data-row-index]'))

beforeEach(() => giveListsRoom(400))
afterEach(() => vi.restoreAllMocks())

async function openStates(country: string, fake = locationsBridge()) {
  const view = renderView(<LocationsTab />, fake)
  await view.user.click(await within(await findRegion('Countries')).findByRole('button', { name: country }))
  const states = await findRegion('States')
  await within(states).findByText(/^\d+ of \d+$/)
  return { ...view, states }
}

describe('Locations search', () => {
  it('narrows the list as you type, by name or code, and says how many match', async () => {
    const { user } = renderView(<LocationsTab />, locationsBridge())
    const countries = await findRegion('Countries')
    await within(countries).findByRole('button', { name: 'Japan' })

    await user.type(within(countries).getByRole('textbox', { name: 'Search countries' }), 'ger')
    await waitFor(() => expect(rowsIn(countries)).toHaveLength(1))
    expect(within(countries).getByRole('button', { name: 'Germany' })).toBeInTheDocument()
    expect(within(countries).getByText('1 of 4')).toBeInTheDocument()

    await user.clear(within(countries).getByRole('textbox', { name: 'Search countries' }))
    await user.type(within(countries).getByRole('textbox', { name: 'Search countries' }), 'br')
    expect(await within(countries).findByText('1 of 4')).toBeInTheDocument()
    expect(within(countries).getByRole('button', { name: 'Brazil' })).toBeInTheDocument()

    await user.click(within(countries).getByRole('button', { name: 'Clear search' }))
    expect(await within(countries).findByText('4 of 4')).toBeInTheDocument()
    expect(rowsIn(countries)).toHaveLength(4)
  })

  it('puts an exact code match first: "us" is the United States before Australia and Belarus', async () => {
    const countries = [
      { code: 'AU', name: 'Australia' },
      { code: 'BY', name: 'Belarus' },
      { code: 'US', name: 'United States' },
    ]
    const { user } = renderView(<LocationsTab />, locationsBridge({ 'locations.countries': () => ok(countries) }))
    const region = await findRegion('Countries')
    await user.type(await within(region).findByRole('textbox', { name: 'Search countries' }), 'us')
    await waitFor(() => expect(rowsIn(region)).toHaveLength(3))
    expect(rowsIn(region).map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^United States/),
      expect.stringMatching(/^Australia/),
      expect.stringMatching(/^Belarus/),
    ])
  })

  it('opens a country with Enter on its row', async () => {
    const { user } = renderView(<LocationsTab />, locationsBridge())
    const countries = await findRegion('Countries')
    await within(countries).findByRole('button', { name: 'Japan' })
    rowsIn(countries)[0].focus()
    await user.keyboard('{Enter}')
    expect(await within(await findRegion('States')).findByRole('button', { name: 'Texas' })).toBeInTheDocument()
  })

  it('ignores accents: "sao" finds São Paulo', async () => {
    const { user, states } = await openStates('Brazil')
    await user.type(within(states).getByRole('textbox', { name: 'Search states' }), 'sao')
    await waitFor(() => expect(rowsIn(states)).toHaveLength(1))
    expect(within(states).getByRole('button', { name: 'São Paulo' })).toBeInTheDocument()
    expect(within(states).getByText('1 of 2')).toBeInTheDocument()
  })

  it('finds ASNs by their number', async () => {
    const { user, states } = await openStates('United States')
    await user.click(within(states).getByRole('radio', { name: 'ASNs' }))
    const asns = await findRegion('ASNs')
    await within(asns).findByText('Verizon Business')
    await user.type(within(asns).getByRole('textbox', { name: 'Search ASNs' }), 'as701')
    await waitFor(() => expect(rowsIn(asns)).toHaveLength(1))
    expect(within(asns).getByText('Verizon Business')).toBeInTheDocument()
  })

  it('says when nothing matches, and Escape clears the search', async () => {
    const { user, states } = await openStates('United States')
    const search = within(states).getByRole('textbox', { name: 'Search states' })
    await user.type(search, 'xyz')
    expect(await within(states).findByText('No match for “xyz”')).toBeInTheDocument()
    expect(rowsIn(states)).toHaveLength(0)

    await user.type(search, '{Escape}')
    expect(search).toHaveValue('')
    expect(await within(states).findByText('3 of 3')).toBeInTheDocument()
  })

  it('starts each list with an empty search', async () => {
    const { user, states } = await openStates('United States')
    await user.type(within(states).getByRole('textbox', { name: 'Search states' }), 'tex')
    await user.click(within(states).getByRole('button', { name: 'Texas' }))
    const cities = await findRegion('Cities')
    expect(within(cities).getByRole('textbox', { name: 'Search cities' })).toHaveValue('')
  })
})

/** jsdom does not scroll: move the list's scroll position and tell its listeners, as a browser would. */
function scrollList(scroller: HTMLElement, top: number) {
  let scrollTop = top
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, get: () => scrollTop })
  scroller.scrollTo = ((options: ScrollToOptions) => {
    scrollTop = options.top ?? scrollTop
    fireEvent.scroll(scroller)
  }) as typeof scroller.scrollTo
  fireEvent.scroll(scroller)
}

describe('Long lists', () => {
  const fake = () => locationsBridge({ 'locations.cities': ({ stateCode }) => ok(stateCode ? [] : manyCities(50_000)) })

  async function openAllCities() {
    const view = await openStates('United States', fake())
    await view.user.click(within(view.states).getByRole('button', { name: 'All cities in United States' }))
    const cities = await findRegion('Cities')
    expect(await within(cities).findByText('50,000 of 50,000')).toBeInTheDocument()
    return { ...view, cities }
  }

  it('shows 50,000 cities by rendering only the rows in view', async () => {
    const { cities } = await openAllCities()
    const rows = rowsIn(cities)
    // 400 px of 40 px rows, plus a few either side for smooth scrolling.
    expect(rows.length).toBeGreaterThanOrEqual(10)
    expect(rows.length).toBeLessThan(30)
    expect(rows[0]).toHaveTextContent('City 1')
    expect(within(cities).getByRole('table', { name: 'Cities' })).toHaveAttribute('aria-rowcount', '50001')
    expect(within(cities).queryByText('City 40000')).not.toBeInTheDocument()
  })

  it('brings the right rows into view when scrolled, and a new search starts at the top', async () => {
    const { user, cities } = await openAllCities()
    const scroller = within(cities).getByRole('table').parentElement as HTMLElement
    scrollList(scroller, 40 * 30_000)

    expect(await within(cities).findByText('City 30001')).toBeInTheDocument()
    expect(within(cities).queryByText('City 1')).not.toBeInTheDocument()

    await user.click(within(cities).getByRole('textbox', { name: 'Search cities' }))
    await user.paste('city 1')
    expect(await within(cities).findByText(/^[\d,]+ of 50,000$/)).toBeInTheDocument()
    const first = rowsIn(cities)[0]
    expect(first).toHaveAttribute('aria-rowindex', '2')
    expect(within(first).getByText('City 1')).toBeInTheDocument()
  })

  it('searches all 50,000, not only the rows on screen', async () => {
    const { user, cities } = await openAllCities()
    await user.click(within(cities).getByRole('textbox', { name: 'Search cities' }))
    await user.paste('city 49999')
    expect(await within(cities).findByText('1 of 50,000')).toBeInTheDocument()
    expect(within(cities).getByText('City 49999')).toBeInTheDocument()
    expect(within(cities).getByRole('button', { name: 'Copy code city49999' })).toBeInTheDocument()
  })
})
