import { renderView } from '@renderer/test-utils/render'
import { act, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DataTable } from './DataTable'
import { type City, cities, cityActions, cityColumns } from './fixtures'

const bodyRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'))
const names = () => bodyRows().map((row) => within(row).getAllByRole('cell')[0].textContent)

function renderCities(props: Partial<Parameters<typeof DataTable<City>>[0]> = {}, log: string[] = []) {
  return renderView(
    <DataTable
      rows={cities}
      columns={cityColumns}
      getRowId={(city) => city.code}
      getRowName={(city) => city.name}
      label="Cities"
      searchLabel="Search cities"
      actions={cityActions(log)}
      {...props}
    />,
  )
}

/** The scroller is 600 px tall (jsdom lays nothing out), so the virtualizer has a window to fill. */
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600)
})
afterEach(() => vi.restoreAllMocks())
const containerWidth = (px: number) => vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(px)

describe('DataTable search', () => {
  it('folds accents and case, counts "N of M", and clears', async () => {
    const { user } = renderCities()
    expect(screen.getByText('5 of 5')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Search cities'), 'SAO')
    expect(names()).toEqual(['São Paulo'])
    expect(screen.getByText('1 of 5')).toBeInTheDocument()

    await user.clear(screen.getByLabelText('Search cities'))
    await user.type(screen.getByLabelText('Search cities'), 'lodz')
    expect(names()).toEqual(['Łódź'])

    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(screen.getByLabelText('Search cities')).toHaveValue('')
    expect(names()).toHaveLength(5)
  })

  it('says when nothing matches, quoting the search', async () => {
    const { user } = renderCities()
    await user.type(screen.getByLabelText('Search cities'), 'xyz')
    expect(screen.getByText('No match for “xyz”')).toBeInTheDocument()
    expect(screen.getByText('0 of 5')).toBeInTheDocument()
  })

  it('says the list is empty, apart from a search with no match', () => {
    renderCities({ rows: [], empty: 'No cities yet' })
    expect(screen.getByText('No cities yet')).toBeInTheDocument()
  })

  it('can be driven by the parent', async () => {
    function Parent() {
      const [query, setQuery] = useState('ber')
      return (
        <>
          <button type="button" onClick={() => setQuery('zur')}>
            Zurich please
          </button>
          <DataTable
            rows={cities}
            columns={cityColumns}
            getRowId={(c) => c.code}
            label="Cities"
            searchLabel="Search cities"
            search={query}
            onSearchChange={setQuery}
          />
        </>
      )
    }
    const { user } = renderView(<Parent />)
    expect(names()).toEqual(['Berlin'])
    await user.click(screen.getByRole('button', { name: 'Zurich please' }))
    expect(names()).toEqual(['Zürich'])
    expect(screen.getByLabelText('Search cities')).toHaveValue('zur')
    await user.type(screen.getByLabelText('Search cities'), 'x')
    expect(screen.getByLabelText('Search cities')).toHaveValue('zurx')
  })
})

describe('DataTable sorting', () => {
  it('sorts by a header, toggles the direction, and says so with aria-sort', async () => {
    const { user } = renderCities({ defaultSort: { columnId: 'name', direction: 'asc' } })
    expect(names()).toEqual(['Austin', 'Berlin', 'Łódź', 'São Paulo', 'Zürich'])
    const population = screen.getByRole('columnheader', { name: /Population/ })
    expect(population).toHaveAttribute('aria-sort', 'none')

    await user.click(within(population).getByRole('button'))
    expect(population).toHaveAttribute('aria-sort', 'ascending')
    expect(names()[0]).toBe('Zürich')
    within(population).getByRole('button').focus()
    await user.keyboard('{Enter}')
    expect(population).toHaveAttribute('aria-sort', 'descending')
    expect(names()[0]).toBe('São Paulo')
    expect(screen.getByRole('columnheader', { name: /City/ })).toHaveAttribute('aria-sort', 'none')
  })
})

describe('DataTable at a narrow width', () => {
  it('keeps the key column and the actions, moving the rest into a row detail', async () => {
    containerWidth(480)
    const { user } = renderCities()
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers).toContain('City')
    expect(headers).toContain('Code')
    expect(headers).not.toContain('Country')
    expect(headers).not.toContain('Population')
    expect(screen.getByRole('button', { name: 'Delete São Paulo' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Show details: São Paulo' }))
    const detail = screen.getAllByRole('definition')
    expect(detail.map((dd) => dd.textContent)).toEqual(['Brazil', '12,300,000'])
    expect(screen.getAllByRole('term').map((dt) => dt.textContent)).toEqual(['Country', 'Population'])
    await user.click(screen.getByRole('button', { name: 'Hide details: São Paulo' }))
    expect(screen.queryAllByRole('definition')).toHaveLength(0)
  })

  it('puts the actions in a menu when even the icons do not fit', async () => {
    containerWidth(270)
    const log: string[] = []
    const { user } = renderCities({}, log)
    expect(screen.queryByRole('button', { name: 'Delete Berlin' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Actions for Berlin' }))
    await user.click(screen.getByRole('menuitem', { name: 'Delete Berlin' }))
    expect(log).toEqual(['delete berlin'])
  })

  it('shows an action disabled for one row without running it there, and still runs it elsewhere', async () => {
    containerWidth(1000)
    const log: string[] = []
    const actions = cityActions(log).map((action) =>
      action.id === 'delete' ? { ...action, disabled: (city: City) => city.code === 'berlin' } : action,
    )
    const { user } = renderCities({ actions }, log)
    expect(screen.getByRole('button', { name: 'Delete Berlin' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Delete Berlin' }))
    await user.click(screen.getByRole('button', { name: 'Delete Austin' }))
    expect(log).toEqual(['delete austin'])
  })

  it('shows every column when there is room', () => {
    containerWidth(1000)
    renderCities()
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'City',
      'Code',
      'Country',
      'Population',
      'Actions',
    ])
    expect(screen.queryByRole('button', { name: /Show details/ })).not.toBeInTheDocument()
  })
})

describe('DataTable keyboard', () => {
  it('moves between rows with the arrows, Home and End, and Enter runs the primary action', async () => {
    const log: string[] = []
    const { user } = renderCities({}, log)
    const rows = bodyRows()
    expect(rows[0]).toHaveAttribute('tabindex', '0')
    expect(rows[1]).toHaveAttribute('tabindex', '-1')
    act(() => rows[0].focus())
    await user.keyboard('{ArrowDown}')
    expect(bodyRows()[1]).toHaveFocus()
    await user.keyboard('{End}')
    expect(bodyRows()[4]).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(bodyRows()[3]).toHaveFocus()
    await user.keyboard('{Home}')
    expect(bodyRows()[0]).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(log).toEqual(['edit saopaulo'])
  })

  it('gives rows their position for screen readers', () => {
    renderCities()
    expect(screen.getByRole('table', { name: 'Cities' })).toHaveAttribute('aria-rowcount', '6')
    expect(bodyRows().map((row) => row.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4', '5', '6'])
  })
})

describe('DataTable with many rows', () => {
  it('renders only a window of 10,000 rows', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      code: `c${i}`,
      name: `City ${i}`,
      country: 'X',
      population: i,
    }))
    renderCities({ rows: many })
    expect(screen.getByText('10,000 of 10,000')).toBeInTheDocument()
    expect(bodyRows().length).toBeGreaterThan(0)
    expect(bodyRows().length).toBeLessThan(50)
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '10001')
  })
})

describe('DataTable accessibility', () => {
  it('has no critical or serious axe violations, wide or narrow', async () => {
    const { default: axe } = await import('axe-core')
    for (const width of [1000, 480]) {
      const spy = containerWidth(width)
      const { container, unmount } = renderCities({ csvFilename: 'cities.csv' })
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
      const bad = result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
      expect(bad.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([])
      unmount()
      spy.mockRestore()
    }
  })
})

describe('DataTable highlight', () => {
  it('marks the row named by highlightRowId, and only while it is named', async () => {
    function Harness() {
      const [id, setId] = useState<string | null>('zurich')
      return (
        <>
          <button type="button" onClick={() => setId(null)}>
            Unmark
          </button>
          <DataTable
            rows={cities}
            columns={cityColumns}
            getRowId={(city) => city.code}
            label="Cities"
            highlightRowId={id}
          />
        </>
      )
    }
    const { user } = renderView(<Harness />)
    const marked = () => bodyRows().filter((row) => row.hasAttribute('data-highlighted'))
    expect(marked().map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['Zürich'])
    await user.click(screen.getByRole('button', { name: 'Unmark' }))
    expect(marked()).toHaveLength(0)
  })
})
