import { Box, Table } from '@mantine/core'
import type { ProxyUser } from '@shared/domain/proxy-users'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useRef } from 'react'
import { ROW_HEIGHT, type RowAction, UserRow } from './UserRow'

const columns: { label: string; width?: number; align?: 'right' }[] = [
  { label: 'Username' },
  { label: 'Password', width: 210 },
  { label: 'Status', width: 110 },
  { label: 'Traffic limit', width: 120 },
  { label: 'Used', width: 130 },
  { label: 'Created', width: 130 },
  { label: 'Actions', width: 116, align: 'right' },
]

interface UsersTableProps {
  users: ProxyUser[]
  onAction: (action: RowAction, user: ProxyUser) => void
}

/**
 * Only the rows in view (plus a margin) are in the DOM, so 10,000 users scroll and filter as smoothly as ten.
 * It stays a real table (spacer rows instead of absolute positioning), so columns align and rows keep their roles.
 */
// Memoized: typing in the search re-renders the tab at once, but the table only when its (deferred) rows change.
export const UsersTable = memo(function UsersTable({ users, onAction }: UsersTableProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // No React Compiler in this build; the virtualizer re-rendering this component on scroll is the point.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: users.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Keyed by user, not position: a row's own state (a revealed password) must never pass to another user.
    getItemKey: (index) => users[index].username,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const above = items.length ? items[0].start : 0
  const below = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0

  return (
    <Box
      ref={scroller}
      data-virtual-scroller
      style={{ maxHeight: 'max(360px, calc(100vh - 380px))', overflowY: 'auto', overscrollBehavior: 'contain' }}
    >
      <Table stickyHeader layout="fixed" highlightOnHover aria-label="Proxy users" aria-rowcount={users.length + 1}>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map(({ label, width, align }) => (
              <Table.Th key={label} w={width} ta={align}>
                {label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Spacer height={above} />
          {items.map((item) => (
            // Keyed by user, not position: a row's own state (a revealed password) must never pass to another user.
            <UserRow
              key={users[item.index].username}
              user={users[item.index]}
              rowIndex={item.index + 2}
              onAction={onAction}
            />
          ))}
          <Spacer height={below} />
        </Table.Tbody>
      </Table>
    </Box>
  )
})

/** Stands in for the rows scrolled out of view, keeping the scrollbar true to the whole list. */
function Spacer({ height }: { height: number }) {
  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty <tr> cannot take focus; it only holds space
  return height > 0 ? <tr aria-hidden="true" style={{ height }} /> : null
}
