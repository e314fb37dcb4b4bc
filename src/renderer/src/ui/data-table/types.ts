import type { CsvValue } from '@renderer/lib/csv'
import type { ReactNode } from 'react'

export interface Column<Row> {
  id: string
  /** Translated header text; also the CSV header and the label of the column in a row's detail. */
  header: string
  cell: (row: Row) => ReactNode
  /** A fixed width in px. Without it the column shares the free space, never narrower than `minWidth`. */
  width?: number
  /** Default 120 px. */
  minWidth?: number
  /** 1 = key column, never hidden; higher numbers are hidden first when the table is narrow. Default 2. */
  priority?: number
  /** Makes the column sortable (click or Enter on its header). */
  sortValue?: (row: Row) => string | number
  /** Makes the column searchable. */
  searchValue?: (row: Row) => string
  align?: 'left' | 'center' | 'right'
  /** The column's field in an exported CSV; columns without it are left out of the file. */
  csv?: (row: Row) => CsvValue
}

export interface RowAction<Row> {
  id: string
  /** The accessible name, naming the row: "Delete shop01". */
  label: (row: Row) => string
  /** The short word shown as the tooltip and in the menu: "Delete". */
  name: string
  icon: ReactNode
  onClick: (row: Row) => void
  color?: string
  /** Enter on a focused row runs the primary action (unless the table has `onActivate`). */
  primary?: boolean
  /** Shown but not offered for this row (a code already redeemed cannot be revoked); keeps the icons aligned. */
  disabled?: (row: Row) => boolean
}

export type SortDirection = 'asc' | 'desc'
export interface SortState {
  columnId: string
  direction: SortDirection
}
