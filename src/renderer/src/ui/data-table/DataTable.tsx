import { Box, Stack, Table, VisuallyHidden } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'
import classes from './DataTable.module.css'
import { HeaderCell, Spacer } from './HeaderCell'
import { fitColumns, TOGGLE_WIDTH } from './layout'
import { SELECT_WIDTH, SelectAllHeader, type TableSelection, toggleOne } from './selection'
import { TableRow } from './TableRow'
import { TableToolbar } from './TableToolbar'
import type { Column, RowAction, SortState } from './types'
import { useContainerWidth } from './useContainerWidth'
import { useTableRows } from './useTableRows'

export interface DataTableProps<Row> {
  rows: readonly Row[]
  /** Keep the array stable (useMemo or module scope): a new array re-renders every row. */
  columns: readonly Column<Row>[]
  /** A row's identity: keys rows, so a row's own state (a revealed secret) never passes to another row. */
  getRowId: (row: Row) => string
  /** The table's accessible name: "Proxy users". */
  label: string
  /** Names a row in its buttons' accessible names ("Actions for shop01"); default `getRowId`. */
  getRowName?: (row: Row) => string
  /** Icon buttons at the end of each row, never hidden (a "…" menu when space is short). Keep stable. */
  actions?: readonly RowAction<Row>[]
  /** Enter on a focused row; default: the action marked `primary`. */
  onActivate?: (row: Row) => void
  defaultSort?: SortState
  /** Controlled search (e.g. a drill-down that keeps it); otherwise the table keeps its own. */
  search?: string
  onSearchChange?: (query: string) => void
  /** The search box's accessible name: "Search users". Default: the placeholder. */
  searchLabel?: string
  searchPlaceholder?: string
  /**
   * Filter in a deferred render (useDeferredValue). Off by default: measured (npm run bench), the list follows a
   * keystroke in the same render in ~25 ms at 10,000 users, while deferring adds a frame and time-slicing (~57 ms).
   * Turn it on only for rows far heavier than the app's.
   */
  deferSearch?: boolean
  /** Unsorted tables put exact, then prefix matches first (locations). Default false: list order. */
  rankSearch?: boolean
  /** Shows "Export CSV", saving what is shown (filtered, sorted, every column with `csv`) as this file. */
  csvFilename?: string
  /** Shown when `rows` is empty. */
  empty?: ReactNode
  /** More controls at the end of the toolbar; a function gets the rows shown (searched and sorted), in order. */
  toolbar?: ReactNode | ((shown: readonly Row[]) => ReactNode)
  /** A checkbox per row (Space on a focused row toggles it) and one in the header for every row shown. */
  selection?: TableSelection
  /** Every row's height in px (cells are one line). Default 52. */
  rowHeight?: number
  maxHeight?: string | number
  /** Brings this row (by `getRowId`) into view and marks it, e.g. a row just added; null or absent: none. */
  highlightRowId?: string | null
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, columns, getRowId, label, rowHeight = 52 } = props
  const actions: readonly RowAction<Row>[] = props.actions ?? noActions
  const { t } = useTranslation('table')
  const [ownQuery, setOwnQuery] = useState('')
  const query = props.search ?? ownQuery
  const setQuery = (next: string) => {
    if (props.search === undefined) setOwnQuery(next)
    props.onSearchChange?.(next)
  }
  const deferredQuery = useDeferredValue(query)
  const deferred = props.deferSearch === true ? deferredQuery : query
  const [sort, setSort] = useState<SortState | null>(props.defaultSort ?? null)
  const shown = useTableRows(rows, columns, sort, deferred, props.rankSearch ?? false)
  const searchable = columns.some((column) => column.searchValue)

  const scroller = useRef<HTMLDivElement>(null)
  const width = useContainerWidth(scroller)
  const selection = props.selection
  const selectWidth = selection ? SELECT_WIDTH : 0
  const layout = useMemo(
    () => fitColumns(columns, actions.length, width && width - selectWidth),
    [columns, actions.length, width, selectWidth],
  )
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set())
  const [active, setActive] = useState(0)
  const focusPending = useRef(false)

  // No React Compiler in this build; the virtualizer re-rendering this component on scroll is the point.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => getRowId(shown[index]),
    // Each row mounted on a search or sort costs ~1.5 ms; 4 rows each side (about 180 px) still scroll without gaps.
    overscan: 4,
  })
  // A new search, sort or list starts at the top; a row added to or removed from the same list keeps the scroll.
  const resetOn = [deferred, sort?.columnId, sort?.direction, shown.length ? getRowId(shown[0]) : ''].join('\n')
  const lastReset = useRef(resetOn)
  useEffect(() => {
    if (lastReset.current === resetOn) return
    lastReset.current = resetOn
    virtualizer.scrollToOffset(0)
    setActive(0)
  }, [resetOn, virtualizer])
  const highlight = props.highlightRowId ?? null
  const highlightIndex = highlight === null ? -1 : shown.findIndex((row) => getRowId(row) === highlight)
  useEffect(() => {
    if (highlightIndex < 0) return
    virtualizer.scrollToIndex(highlightIndex)
    // The page around the table may scroll too: bring the row into the window, not only into the table's view.
    const frame = requestAnimationFrame(() =>
      scroller.current?.querySelector(`tr[data-row-index="${highlightIndex}"]`)?.scrollIntoView({ block: 'nearest' }),
    )
    return () => cancelAnimationFrame(frame)
  }, [highlightIndex, virtualizer])
  const selectionRef = useRef(selection)
  selectionRef.current = selection
  // Stable, so a row re-renders only when its own box changes.
  const onSelect = useCallback((id: string) => {
    const current = selectionRef.current
    current?.onChange(toggleOne(current.selected, id))
  }, [])
  useEffect(() => {
    if (!focusPending.current) return
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-row-index="${active}"]`)
    if (row) {
      focusPending.current = false
      row.focus({ preventScroll: true })
    }
  })

  const onToggle = useCallback(
    (id: string, index: number) => {
      setExpanded((open) => {
        const next = new Set(open)
        if (next.has(id)) {
          next.delete(id)
          virtualizer.resizeItem(index, rowHeight)
        } else next.add(id)
        return next
      })
    },
    [virtualizer, rowHeight],
  )

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(shown.length - 1, index))
    focusPending.current = true
    setActive(target)
    virtualizer.scrollToIndex(target)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-row-index]')
    if (!row) return
    const index = Number(row.dataset.rowIndex)
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / rowHeight) - 1)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: shown.length - 1,
    }
    if (event.key in moves) {
      if (event.target !== row && !event.key.startsWith('Arrow')) return
      event.preventDefault()
      moveTo(moves[event.key])
    } else if (event.key === ' ' && event.target === row && selection) {
      event.preventDefault()
      onSelect(getRowId(shown[index]))
    } else if (event.key === 'Enter' && event.target === row) {
      const item = shown[index]
      const primary = actions.find((action) => action.primary)
      if (props.onActivate) props.onActivate(item)
      else if (primary && !primary.disabled?.(item)) primary.onClick(item)
      event.preventDefault()
    }
  }

  const toggleSort = (column: Column<Row>) =>
    setSort((current) =>
      current?.columnId === column.id && current.direction === 'asc'
        ? { columnId: column.id, direction: 'desc' }
        : { columnId: column.id, direction: 'asc' },
    )

  const items = virtualizer.getVirtualItems()
  const above = items.length ? items[0].start : 0
  const below = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0
  const firstShown = items.length ? items[0].index : 0
  const tabbableIndex = items.some((item) => item.index === active) ? active : firstShown
  const span = layout.visible.length + (layout.hidden.length ? 1 : 0) + (actions.length ? 1 : 0) + (selection ? 1 : 0)
  const rowName = props.getRowName ?? getRowId
  const stale = deferred !== query
  const shownIds = useMemo(() => (selection ? shown.map(getRowId) : []), [selection, shown, getRowId])

  return (
    <Stack gap="xs">
      <TableToolbar
        searchable={searchable}
        query={query}
        onQuery={setQuery}
        searchPlaceholder={props.searchPlaceholder}
        searchLabel={props.searchLabel}
        shown={shown}
        total={rows.length}
        toolbar={props.toolbar}
        csv={props.csvFilename ? { filename: props.csvFilename, columns } : undefined}
      />
      <Box
        ref={scroller}
        className={classes.scroller}
        style={{ maxHeight: props.maxHeight ?? 'max(360px, calc(100vh - 380px))' }}
      >
        <Table
          stickyHeader
          layout="fixed"
          highlightOnHover
          aria-label={label}
          aria-rowcount={shown.length + 1}
          className={stale ? classes.stale : undefined}
          onKeyDown={onKeyDown}
        >
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              {selection ? <SelectAllHeader selection={selection} ids={shownIds} /> : null}
              {layout.hidden.length ? (
                <Table.Th w={TOGGLE_WIDTH}>
                  <VisuallyHidden>{t('details.show')}</VisuallyHidden>
                </Table.Th>
              ) : null}
              {layout.visible.map((column) => (
                <HeaderCell key={column.id} column={column} sort={sort} onSort={toggleSort} />
              ))}
              {actions.length ? (
                <Table.Th w={layout.actionsWidth} ta="right">
                  <VisuallyHidden>{t('actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          {above > 0 ? <Spacer height={above} /> : null}
          {items.map((item) => {
            const row = shown[item.index]
            const id = getRowId(row)
            const open = expanded.has(id)
            return (
              <TableRow
                key={id}
                row={row}
                id={id}
                rowName={rowName(row)}
                index={item.index}
                height={rowHeight}
                visible={layout.visible}
                hidden={layout.hidden}
                actions={actions}
                actionsAsMenu={layout.actionsAsMenu}
                expanded={open}
                highlighted={id === highlight}
                tabbable={item.index === tabbableIndex}
                onToggle={onToggle}
                selected={selection ? selection.selected.has(id) : undefined}
                onSelect={selection ? onSelect : undefined}
                measure={open ? virtualizer.measureElement : undefined}
              />
            )
          })}
          {below > 0 ? <Spacer height={below} /> : null}
          {shown.length === 0 ? (
            <Table.Tbody>
              <Table.Tr>
                <Table.Td colSpan={span} ta="center" py="xl" c="dimmed">
                  {rows.length === 0 ? (props.empty ?? t('empty')) : t('noMatch', { query: deferred.trim() })}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          ) : null}
        </Table>
      </Box>
    </Stack>
  )
}

const noActions: readonly never[] = []
