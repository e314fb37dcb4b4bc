import { unparse } from 'papaparse'

export type CsvValue = string | number | boolean | null | undefined

/** What a CSV needs of a column; the DataTable's columns fit it. Columns without `csv` are left out. */
export interface CsvColumn<Row> {
  header: string
  csv?: (row: Row) => CsvValue
}

/** The CSV text of `rows` (one line per row, one field per column with a `csv` value), with a header line. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const exported = columns.filter((column) => column.csv)
  return unparse(
    {
      fields: exported.map((column) => column.header),
      data: rows.map((row) => exported.map((column) => column.csv?.(row) ?? '')),
    },
    // CRLF (RFC 4180) and a quote on a leading =+-@ so a spreadsheet never runs a cell as a formula.
    { newline: '\r\n', escapeFormulae: true },
  )
}

/** Saves `rows` as `filename` through the browser's download (Blob + object URL + <a download>). */
export function exportCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], filename: string): void {
  // The BOM makes Excel read UTF-8 (Chinese, accented city names) instead of the system code page.
  const blob = new Blob(['\uFEFF', toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename.endsWith('.csv') ? filename : `${filename}.csv`
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
