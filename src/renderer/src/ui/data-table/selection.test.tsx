import { renderView } from '@renderer/test-utils/render'
import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DataTable } from './DataTable'
import { type City, cities, cityColumns } from './fixtures'

function Picker({ onShown }: { onShown?: (names: string[]) => void }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  return (
    <>
      <output aria-label="picked">{[...selected].sort().join(',')}</output>
      <DataTable<City>
        rows={cities}
        columns={cityColumns}
        getRowId={(city) => city.code}
        getRowName={(city) => city.name}
        label="Cities"
        searchLabel="Search cities"
        selection={{ selected, onChange: setSelected }}
        toolbar={(shown) => {
          onShown?.(shown.map((city) => city.name))
          return <span>{`${shown.length} to act on`}</span>
        }}
      />
    </>
  )
}

const picked = () => screen.getByRole('status', { name: 'picked' }).textContent
const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` })
const all = () => screen.getByRole('checkbox', { name: 'Select every row shown' })

beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600)
})
afterEach(() => vi.restoreAllMocks())

describe('DataTable selection', () => {
  it('picks rows by their box, and the header box shows some, all or none', async () => {
    const { user } = renderView(<Picker />)
    await user.click(box('Berlin'))
    expect(picked()).toBe('berlin')
    expect(all()).not.toBeChecked()
    expect(all()).toHaveAttribute('aria-checked', 'mixed')
    await user.click(all())
    expect(picked()).toBe('austin,berlin,lodz,saopaulo,zurich')
    expect(all()).toBeChecked()
    await user.click(all())
    expect(picked()).toBe('')
  })

  it('picks only the rows the search shows from the header, keeping those picked before', async () => {
    const { user } = renderView(<Picker />)
    await user.click(box('Austin'))
    await user.type(screen.getByLabelText('Search cities'), 'lodz')
    await user.click(all())
    expect(picked()).toBe('austin,lodz')
  })

  it('toggles the focused row with Space', async () => {
    const { user } = renderView(<Picker />)
    const first = screen.getAllByRole('row').find((row) => row.getAttribute('data-row-index') === '0') as HTMLElement
    first.focus()
    await user.keyboard(' ')
    expect(picked()).toBe('saopaulo')
    expect(within(first).getByRole('checkbox')).toBeChecked()
    await user.keyboard(' ')
    expect(picked()).toBe('')
  })

  it('hands the toolbar the rows shown, searched, in order', async () => {
    const seen: string[][] = []
    const { user } = renderView(<Picker onShown={(names) => seen.push(names)} />)
    expect(screen.getByText('5 to act on')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Search cities'), 'ber')
    expect(screen.getByText('1 to act on')).toBeInTheDocument()
    expect(seen.at(-1)).toEqual(['Berlin'])
  })
})
