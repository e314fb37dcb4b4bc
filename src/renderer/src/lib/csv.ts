import { type CsvColumn, toCsv } from '@shared/csv'

export { type CsvColumn, type CsvValue, toCsv } from '@shared/csv'

/** Saves `rows` as `filename` through the browser's download (Blob + object URL + <a download>). */
export function exportCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], filename: string): void {
  downloadCsv(toCsv(rows, columns), filename)
}

/** Saves CSV text made elsewhere (main) as `filename`, the same way. */
export function downloadCsv(text: string, filename: string): void {
  // The BOM makes Excel read UTF-8 (Chinese, accented city names) instead of the system code page.
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' })
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
