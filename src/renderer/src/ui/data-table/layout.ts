import type { Column } from './types'

export const DEFAULT_MIN_WIDTH = 120
const CELL_PADDING = 16
const ICON = 28
const ICON_GAP = 2
/** The detail toggle's column. */
export const TOGGLE_WIDTH = 40

export const columnWidth = (column: Column<never>) => column.width ?? column.minWidth ?? DEFAULT_MIN_WIDTH
export const actionsWidth = (count: number) => CELL_PADDING + count * ICON + Math.max(0, count - 1) * ICON_GAP

export interface TableLayout<Row> {
  visible: Column<Row>[]
  hidden: Column<Row>[]
  /** Actions as one "…" menu instead of a row of icons. */
  actionsAsMenu: boolean
  actionsWidth: number
}

/**
 * Which columns fit in `available` px: the key columns (priority 1) and the actions always; then the others by
 * priority (ties in column order) while their widths fit. The hidden ones go into each row's detail. Width 0 (not
 * measured yet) shows everything.
 */
export function fitColumns<Row>(
  columns: readonly Column<Row>[],
  actionCount: number,
  available: number,
): TableLayout<Row> {
  const iconsWidth = actionCount ? actionsWidth(actionCount) : 0
  if (available <= 0) return { visible: [...columns], hidden: [], actionsAsMenu: false, actionsWidth: iconsWidth }
  const keys = columns.filter((column) => (column.priority ?? 2) <= 1)
  const keysWidth = keys.reduce((sum, column) => sum + columnWidth(column as Column<never>), 0)
  const menuWidth = actionCount ? actionsWidth(1) : 0
  const actionsAsMenu = actionCount > 1 && keysWidth + TOGGLE_WIDTH + iconsWidth > available
  const fixed = actionsAsMenu ? menuWidth : iconsWidth

  let used = keysWidth + fixed
  const total = columns.reduce((sum, column) => sum + columnWidth(column as Column<never>), 0)
  const shown = new Set(keys)
  if (used + total - keysWidth > available) {
    // Something will be hidden, so the detail toggle needs its room too.
    used += TOGGLE_WIDTH
    const candidates = columns
      .map((column, order) => ({ column, order }))
      .filter(({ column }) => (column.priority ?? 2) > 1)
      .sort((a, b) => (a.column.priority ?? 2) - (b.column.priority ?? 2) || a.order - b.order)
    for (const { column } of candidates) {
      const width = columnWidth(column as Column<never>)
      if (used + width > available) continue
      used += width
      shown.add(column)
    }
  } else {
    for (const column of columns) shown.add(column)
  }
  return {
    visible: columns.filter((column) => shown.has(column)),
    hidden: columns.filter((column) => !shown.has(column)),
    actionsAsMenu,
    actionsWidth: fixed,
  }
}
