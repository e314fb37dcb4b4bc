export { CopyCell, MASK, SecretCell } from './cells'
export { DataTable, type DataTableProps } from './DataTable'
export { fitColumns } from './layout'
export type { Column, RowAction, SortDirection, SortState } from './types'
