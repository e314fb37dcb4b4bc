import { ActionIcon, Table } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './DataTable.module.css'
import { RowActions } from './RowActions'
import { SelectBox } from './selection'
import type { Column, RowAction } from './types'

export interface TableRowProps<Row> {
  row: Row
  id: string
  rowName: string
  /** 0-based position in the shown rows. */
  index: number
  height: number
  visible: readonly Column<Row>[]
  hidden: readonly Column<Row>[]
  actions: readonly RowAction<Row>[]
  actionsAsMenu: boolean
  expanded: boolean
  /** Marked for a moment (a row just added). */
  highlighted?: boolean
  tabbable: boolean
  onToggle: (id: string, index: number) => void
  /** Set when the table has a selection: the row's checkbox and what it does. */
  selected?: boolean
  onSelect?: (id: string) => void
  measure?: (element: HTMLElement | null) => void
}

/** One row (and its detail when expanded), in its own <tbody> so the virtualizer measures both as one item. */
function TableRowImpl<Row>(props: TableRowProps<Row>) {
  const { row, id, rowName, index, height, visible, hidden, actions, actionsAsMenu, expanded, tabbable, measure } =
    props
  const className = props.highlighted ? `${classes.row} ${classes.highlight}` : classes.row
  const selectable = props.onSelect !== undefined
  const span = visible.length + (hidden.length ? 1 : 0) + (actions.length ? 1 : 0) + (selectable ? 1 : 0)
  const style = { height }
  return (
    // A plain <tbody>: one Mantine component fewer per row mounted on each keystroke.
    <tbody ref={measure} data-index={index}>
      <Table.Tr
        className={className}
        aria-rowindex={index + 2}
        tabIndex={tabbable ? 0 : -1}
        data-row-index={index}
        data-highlighted={props.highlighted || undefined}
        data-selected={props.selected || undefined}
      >
        {props.onSelect ? (
          <SelectBox
            id={id}
            rowName={rowName}
            checked={props.selected ?? false}
            height={height}
            onToggle={props.onSelect}
          />
        ) : null}
        {hidden.length ? (
          <Table.Td style={style} px={4}>
            <DetailToggle expanded={expanded} rowName={rowName} onClick={() => props.onToggle(id, index)} />
          </Table.Td>
        ) : null}
        {visible.map((column) => (
          <Table.Td key={column.id} className={classes.cell} style={style} ta={column.align}>
            {column.cell(row)}
          </Table.Td>
        ))}
        {actions.length ? (
          <Table.Td style={style}>
            <RowActions row={row} rowName={rowName} actions={actions} asMenu={actionsAsMenu} />
          </Table.Td>
        ) : null}
      </Table.Tr>
      {expanded && hidden.length ? (
        <Table.Tr data-detail>
          <Table.Td colSpan={span}>
            <dl className={classes.detail}>
              {hidden.map((column) => (
                <div key={column.id} style={{ display: 'contents' }}>
                  <dt>{column.header}</dt>
                  <dd>{column.cell(row)}</dd>
                </div>
              ))}
            </dl>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </tbody>
  )
}

export const TableRow = memo(TableRowImpl) as typeof TableRowImpl

interface DetailToggleProps {
  expanded: boolean
  rowName: string
  onClick: () => void
}

// Its own component so rows without hidden columns pay nothing for translation.
function DetailToggle({ expanded, rowName, onClick }: DetailToggleProps) {
  const { t } = useTranslation('table')
  const tip = expanded ? t('details.hide') : t('details.show')
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-expanded={expanded}
      aria-label={`${tip}: ${rowName}`}
      title={tip}
      onClick={onClick}
    >
      {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
    </ActionIcon>
  )
}
