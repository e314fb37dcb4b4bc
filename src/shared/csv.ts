/** CSV text, shared by the window's exports and main's (the ISP list, whose passwords never reach the window). */
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
    // papaparse's own test (`escapeFormulae: true`) misses a cell with a line break after the `=`: this one does not.
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r\n]/ },
  )
}
