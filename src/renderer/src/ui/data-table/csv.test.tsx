import { exportCsv, toCsv } from '@renderer/lib/csv'
import { renderView } from '@renderer/test-utils/render'
import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DataTable } from './DataTable'
import { cities, cityColumns } from './fixtures'

let saved: { blob: Blob; name: string }[] = []

beforeEach(() => {
  saved = []
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600)
  const urls = new Map<string, Blob>()
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${urls.size}`
    urls.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: urls.get(this.href) as Blob, name: this.download })
  })
})
afterEach(() => vi.restoreAllMocks())

const text = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())

describe('toCsv', () => {
  it('writes a header and one line per row, quoting what needs it and defusing formulas', () => {
    const rows = [{ a: 'x, y', b: '=SUM(A1)', c: 3 }]
    const csv = toCsv(rows, [
      { header: 'A', csv: (r) => r.a },
      { header: 'B', csv: (r) => r.b },
      { header: 'Skipped' },
      { header: 'C', csv: (r) => r.c },
    ])
    expect(csv).toBe('A,B,C\r\n"x, y",' + `"'=SUM(A1)"` + ',3')
  })
})

describe('exportCsv', () => {
  it('downloads the file under its name, as UTF-8 with a BOM', async () => {
    exportCsv([{ name: 'São Paulo' }], [{ header: 'City', csv: (r: { name: string }) => r.name }], 'cities')
    expect(saved).toHaveLength(1)
    expect(saved[0].name).toBe('cities.csv')
    expect(await text(saved[0].blob)).toBe('\uFEFFCity\r\nSão Paulo')
  })
})

describe('DataTable export', () => {
  it('saves what is shown: filtered, sorted, with every column that has a CSV value', async () => {
    const { user } = renderView(
      <DataTable
        rows={cities}
        columns={cityColumns}
        getRowId={(city) => city.code}
        label="Cities"
        searchLabel="Search cities"
        defaultSort={{ columnId: 'population', direction: 'desc' }}
        csvFilename="cities.csv"
      />,
    )
    await user.type(screen.getByLabelText('Search cities'), 'r')
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(saved.map((file) => file.name)).toEqual(['cities.csv']))
    expect(await text(saved[0].blob)).toBe(
      ['\uFEFFCity,Code,Country,Population', 'Berlin,berlin,Germany,3600000', 'Zürich,zurich,Switzerland,420000'].join(
        '\r\n',
      ),
    )
  })
})
