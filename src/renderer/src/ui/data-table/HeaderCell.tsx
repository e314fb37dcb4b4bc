import { Table } from '@mantine/core'
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import classes from './DataTable.module.css'
import type { Column, SortState } from './types'

interface HeaderCellProps<Row> {
  column: Column<Row>
  sort: SortState | null
  onSort: (column: Column<Row>) => void
}

export function HeaderCell<Row>({ column, sort, onSort }: HeaderCellProps<Row>) {
  const { t } = useTranslation('table')
  const direction = sort?.columnId === column.id ? sort.direction : null
  const width = column.width
  if (!column.sortValue) {
    return (
      <Table.Th w={width} ta={column.align}>
        {column.header}
      </Table.Th>
    )
  }
  const Icon = direction === 'asc' ? IconArrowUp : direction === 'desc' ? IconArrowDown : IconArrowsSort
  return (
    <Table.Th
      w={width}
      ta={column.align}
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        className={`mantine-focus-never ${classes.sortButton}`}
        style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', color: 'inherit' }}
        onClick={() => onSort(column)}
        title={direction ? t(direction === 'asc' ? 'sort.ascending' : 'sort.descending') : undefined}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{column.header}</span>
        <Icon size={14} aria-hidden opacity={direction ? 1 : 0.5} />
      </button>
    </Table.Th>
  )
}

/** Stands in for the rows scrolled out of view, keeping the scrollbar true to the whole list. */
export function Spacer({ height }: { height: number }) {
  return (
    <tbody aria-hidden="true">
      <tr style={{ height }} />
    </tbody>
  )
}
