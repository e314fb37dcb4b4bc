import { ActionIcon, Badge, Group, Progress, Stack, Table, Text } from '@mantine/core'
import { formatMediumDate } from '@renderer/lib/format'
import { CopyButton } from '@renderer/ui/CopyButton'
import type { ProxyUser } from '@shared/domain/proxy-users'
import { formatBytes } from '@shared/traffic'
import { IconChartBar, IconEye, IconEyeOff, IconPencil, IconTrash } from '@tabler/icons-react'
import { memo, type ReactNode, useState } from 'react'

export const ROW_HEIGHT = 56
export const MASKED_PASSWORD = '••••••••'

export type RowAction = 'usage' | 'edit' | 'delete'

interface UserRowProps {
  user: ProxyUser
  /** 1-based position among all rows (header included), for screen readers in the virtualized table. */
  rowIndex: number
  onAction: (action: RowAction, user: ProxyUser) => void
}

const cell = { height: ROW_HEIGHT, whiteSpace: 'nowrap', overflow: 'hidden' } as const

/** Memoized: only the rows entering the visible window render while the user scrolls or types a filter. */
export const UserRow = memo(function UserRow({ user, rowIndex, onAction }: UserRowProps) {
  // Deliberately row-local: a password shown once hides again when its row scrolls out of view.
  const [revealed, setRevealed] = useState(false)
  const { username } = user
  const limited = user.trafficLimitBytes > 0
  const share = limited ? Math.min(100, (user.usedBytes / user.trafficLimitBytes) * 100) : 0

  return (
    <Table.Tr aria-rowindex={rowIndex}>
      <Table.Td style={cell}>
        <Text size="sm" fw={600} truncate>
          {username}
        </Text>
      </Table.Td>
      <Table.Td style={cell}>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" ff="monospace" truncate miw={0} style={{ flex: 1 }}>
            {revealed ? user.password : MASKED_PASSWORD}
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setRevealed((shown) => !shown)}
            aria-label={`${revealed ? 'Hide' : 'Show'} password for ${username}`}
          >
            {revealed ? <IconEyeOff size={16} /> : <IconEye size={16} />}
          </ActionIcon>
          <CopyButton value={user.password} label={`Copy password for ${username}`} />
        </Group>
      </Table.Td>
      <Table.Td style={cell}>
        <Badge variant="light" color={user.enabled ? 'teal' : 'gray'} radius="sm">
          {user.enabled ? 'Enabled' : 'Disabled'}
        </Badge>
      </Table.Td>
      <Table.Td style={cell}>{limited ? formatBytes(user.trafficLimitBytes) : 'Unlimited'}</Table.Td>
      <Table.Td style={cell}>
        <Stack gap={4}>
          <Text size="sm">{formatBytes(user.usedBytes)}</Text>
          {limited ? (
            <Progress
              value={share}
              size={4}
              color={share >= 90 ? 'red' : share >= 75 ? 'orange' : undefined}
              aria-label={`${username} has used ${Math.round(share)}% of its limit`}
            />
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td style={cell}>{user.createdOn ? formatMediumDate(user.createdOn) : '—'}</Table.Td>
      <Table.Td style={cell}>
        <Group gap={2} justify="flex-end" wrap="nowrap">
          <RowButton label={`Usage of ${username}`} tip="Usage" onClick={() => onAction('usage', user)}>
            <IconChartBar size={16} />
          </RowButton>
          <RowButton label={`Edit ${username}`} tip="Edit" onClick={() => onAction('edit', user)}>
            <IconPencil size={16} />
          </RowButton>
          <RowButton label={`Delete ${username}`} tip="Delete" color="red" onClick={() => onAction('delete', user)}>
            <IconTrash size={16} />
          </RowButton>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
})

interface RowButtonProps {
  label: string
  tip: string
  color?: string
  onClick: () => void
  children: ReactNode
}

// The native title, not a Mantine Tooltip: rows mount on every keystroke of the search, and four floating
// tooltips per row were most of the time it took to paint the filtered list (npm run bench).
function RowButton({ label, tip, color = 'gray', onClick, children }: RowButtonProps) {
  return (
    <ActionIcon variant="subtle" color={color} onClick={onClick} aria-label={label} title={tip}>
      {children}
    </ActionIcon>
  )
}
