import { Badge, Progress, Stack, Text } from '@mantine/core'
import { type ByteUnit, formatIn, formatMediumDate, unitFor } from '@renderer/lib/format'
import { type Column, type RowAction, SecretCell } from '@renderer/ui/data-table'
import type { ProxyUser } from '@shared/domain/proxy-users'
import { IconChartBar, IconPencil, IconTrash } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export type UserAction = 'usage' | 'edit' | 'delete'

/** Over a share of its cap, a user's bar turns orange, then red. */
const shareColor = (share: number) => (share >= 90 ? 'red' : share >= 75 ? 'orange' : undefined)

/**
 * The users table's columns. Traffic is shown in one unit per column (the unit of its largest value), so a
 * column never mixes "1,022 MB" and "1.06 GB". Stable while the units and the language stay the same.
 */
export function useUserColumns(users: readonly ProxyUser[] | undefined): Column<ProxyUser>[] {
  const { t } = useTranslation('proxyUsers')
  const usedUnit = useMemo(() => unitFor((users ?? []).map((user) => user.usedBytes)), [users])
  const limitUnit = useMemo(() => unitFor((users ?? []).map((user) => user.trafficLimitBytes)), [users])
  return useMemo(() => {
    const limitText = (user: ProxyUser) =>
      user.trafficLimitBytes > 0 ? formatIn(user.trafficLimitBytes, limitUnit) : t('table.unlimited')
    const statusText = (user: ProxyUser) => (user.enabled ? t('table.enabled') : t('table.disabled'))
    return [
      {
        id: 'username',
        header: t('table.columns.username'),
        priority: 1,
        minWidth: 150,
        cell: (user) => (
          <Text size="sm" fw={600} truncate>
            {user.username}
          </Text>
        ),
        sortValue: (user) => user.username.toLowerCase(),
        searchValue: (user) => user.username,
        csv: (user) => user.username,
      },
      {
        id: 'password',
        header: t('table.columns.password'),
        priority: 3,
        // Room for a revealed password beside its two buttons.
        width: 210,
        cell: (user) => (
          <SecretCell load={() => user.password} label={t('table.passwordFor', { name: user.username })} />
        ),
      },
      {
        id: 'status',
        header: t('table.columns.status'),
        priority: 3,
        width: 110,
        cell: (user) => (
          <Badge variant="light" color={user.enabled ? 'teal' : 'gray'} radius="sm">
            {statusText(user)}
          </Badge>
        ),
        sortValue: (user) => (user.enabled ? 0 : 1),
        csv: statusText,
      },
      {
        id: 'used',
        header: t('table.columns.used'),
        priority: 2,
        width: 130,
        align: 'right',
        cell: (user) => <UsedCell user={user} unit={usedUnit} />,
        sortValue: (user) => user.usedBytes,
        csv: (user) => formatIn(user.usedBytes, usedUnit),
      },
      {
        id: 'limit',
        header: t('table.columns.limit'),
        priority: 4,
        width: 130,
        align: 'right',
        cell: limitText,
        // No cap sorts above every cap.
        sortValue: (user) => (user.trafficLimitBytes > 0 ? user.trafficLimitBytes : Number.MAX_SAFE_INTEGER),
        csv: limitText,
      },
      {
        id: 'created',
        header: t('table.columns.created'),
        priority: 5,
        // "2026年11月10日" whole.
        width: 150,
        cell: (user) => (user.createdOn ? formatMediumDate(user.createdOn) : '—'),
        sortValue: (user) => user.createdOn ?? '',
        csv: (user) => user.createdOn ?? '',
      },
    ] satisfies Column<ProxyUser>[]
  }, [t, usedUnit, limitUnit])
}

function UsedCell({ user, unit }: { user: ProxyUser; unit: ByteUnit }) {
  const { t } = useTranslation('proxyUsers')
  const limited = user.trafficLimitBytes > 0
  const share = limited ? Math.min(100, (user.usedBytes / user.trafficLimitBytes) * 100) : 0
  return (
    <Stack gap={4}>
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatIn(user.usedBytes, unit)}
      </Text>
      {limited ? (
        <Progress
          value={share}
          size={4}
          color={shareColor(share)}
          aria-label={t('table.share', { name: user.username, percent: Math.round(share) })}
        />
      ) : (
        // Keeps the figure on the same line as its neighbours' when there is no bar under it.
        <div style={{ height: 4 }} />
      )}
    </Stack>
  )
}

/** Usage, Edit (Enter on a row) and Delete, each named with its user. */
export function useUserActions(onAction: (action: UserAction, user: ProxyUser) => void): RowAction<ProxyUser>[] {
  const { t } = useTranslation('proxyUsers')
  return useMemo(
    () => [
      {
        id: 'usage',
        name: t('actions.usage'),
        label: (user) => t('actions.usageOf', { name: user.username }),
        icon: <IconChartBar size={16} />,
        onClick: (user) => onAction('usage', user),
      },
      {
        id: 'edit',
        name: t('actions.edit'),
        label: (user) => t('actions.editUser', { name: user.username }),
        icon: <IconPencil size={16} />,
        onClick: (user) => onAction('edit', user),
        primary: true,
      },
      {
        id: 'delete',
        name: t('actions.delete'),
        label: (user) => t('actions.deleteUser', { name: user.username }),
        icon: <IconTrash size={16} />,
        onClick: (user) => onAction('delete', user),
        color: 'red',
      },
    ],
    [t, onAction],
  )
}
