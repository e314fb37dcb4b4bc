import { Table } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './DataTable.module.css'

/** The checkbox column's width. */
export const SELECT_WIDTH = 36

/** Rows picked by their id (`getRowId`); the table shows a checkbox per row and one in the header. */
export interface TableSelection {
  selected: ReadonlySet<string>
  onChange: (next: ReadonlySet<string>) => void
}

/** `selected` with every id in `ids` added, or, when all of them are in already, taken out. */
export function toggleAll(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const next = new Set(selected)
  const all = ids.length > 0 && ids.every((id) => selected.has(id))
  for (const id of ids) {
    if (all) next.delete(id)
    else next.add(id)
  }
  return next
}

export function toggleOne(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/** The header's box: picks every row shown (after the search), or drops them when all are picked. */
export function SelectAllHeader({ selection, ids }: { selection: TableSelection; ids: readonly string[] }) {
  const { t } = useTranslation('table')
  const box = useRef<HTMLInputElement>(null)
  const picked = ids.filter((id) => selection.selected.has(id)).length
  const some = picked > 0 && picked < ids.length
  useEffect(() => {
    if (box.current) box.current.indeterminate = some
  }, [some])
  return (
    <Table.Th w={SELECT_WIDTH} px={8}>
      <input
        ref={box}
        type="checkbox"
        className={classes.check}
        aria-label={t('select.allShown')}
        checked={picked > 0 && picked === ids.length}
        aria-checked={some ? 'mixed' : undefined}
        data-indeterminate={some || undefined}
        disabled={ids.length === 0}
        onChange={() => selection.onChange(toggleAll(selection.selected, ids))}
      />
    </Table.Th>
  )
}

interface SelectBoxProps {
  id: string
  rowName: string
  checked: boolean
  height: number
  onToggle: (id: string) => void
}

// A native box, not Mantine's Checkbox: one mounts per row on every keystroke of a search (npm run bench).
export function SelectBox({ id, rowName, checked, height, onToggle }: SelectBoxProps) {
  const { t } = useTranslation('table')
  return (
    <Table.Td style={{ height }} px={8}>
      <input
        type="checkbox"
        className={classes.check}
        aria-label={t('select.row', { name: rowName })}
        checked={checked}
        onChange={() => onToggle(id)}
      />
    </Table.Td>
  )
}
