import { buildSearchIndex, searchIndex } from '@renderer/lib/search'
import { useMemo } from 'react'
import type { Column, SortState } from './types'

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/** `rows` in `sort` order (stable: equal keys keep their order), each key read once. */
export function sortRows<Row>(
  rows: readonly Row[],
  column: Column<Row> | undefined,
  sort: SortState | null,
): readonly Row[] {
  const sortValue = column?.sortValue
  if (!sort || !sortValue) return rows
  const keyed = rows.map((row, order) => ({ row, order, key: sortValue(row) }))
  const sign = sort.direction === 'asc' ? 1 : -1
  keyed.sort((a, b) => {
    const byKey =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key))
    return byKey * sign || a.order - b.order
  })
  return keyed.map(({ row }) => row)
}

/**
 * Sorted once per list or sort change; folded once per sorted list; so a keystroke only compares strings, and a
 * filtered sorted list is still sorted. Unsorted, the search ranks exact and prefix matches first.
 */
export function useTableRows<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  sort: SortState | null,
  query: string,
  rankSearch: boolean,
): readonly Row[] {
  const sortColumn = sort ? columns.find((column) => column.id === sort.columnId) : undefined
  const sorted = useMemo(() => sortRows(rows, sortColumn, sort), [rows, sortColumn, sort])
  const index = useMemo(() => {
    const searchable = columns.filter((column) => column.searchValue)
    return buildSearchIndex(sorted, (row) => searchable.map((column) => column.searchValue?.(row) ?? ''))
  }, [sorted, columns])
  return useMemo(
    () => searchIndex(index, query, { rank: rankSearch && !sortColumn }),
    [index, query, rankSearch, sortColumn],
  )
}
