import { Badge, Loader, Skeleton, Stack, Text } from '@mantine/core'
import { expiryOf, expirySortValue } from '@renderer/lib/expiry'
import { formatMediumDate } from '@renderer/lib/format'
import { type Column, CopyCell, DataTable, type RowAction } from '@renderer/ui/data-table'
import { EmptySection } from '@renderer/ui/EmptySection'
import { expiryColors, expiryText } from '@renderer/ui/ExpiryBadge'
import type { UnlimitedServer } from '@shared/domain/unlimited'
import {
  IconArrowBigUpLines,
  IconCalendarPlus,
  IconChartLine,
  IconInfinity,
  IconRefresh,
  IconUsers,
} from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { bandwidthMbps } from './UpgradeOptions'

export type ServerAction = 'monitor' | 'restart' | 'renew' | 'upgrade' | 'boundUsers'

const serverId = (server: UnlimitedServer) => server.insId
const serverName = (server: UnlimitedServer) => server.planName

interface ServerListProps {
  servers: readonly UnlimitedServer[]
  /** Plan names of the restarts being followed: their rows say "Restarting". */
  restarting: ReadonlySet<string>
  onAction: (action: ServerAction, server: UnlimitedServer) => void
  /** For "N days left"; tests pass a fixed time. */
  now: number
}

/** The servers in the kit's table, soonest expiry first. */
export function ServerList({ servers, restarting, onAction, now }: ServerListProps) {
  const { t } = useTranslation('unlimited')
  const columns = useServerColumns(restarting, now)
  const actions = useServerActions(onAction)
  return (
    <DataTable
      rows={servers}
      columns={columns}
      getRowId={serverId}
      getRowName={serverName}
      label={t('table.label')}
      actions={actions}
      searchLabel={t('table.search')}
      searchPlaceholder={t('table.searchPlaceholder')}
      defaultSort={{ columnId: 'expiresAt', direction: 'asc' }}
      csvFilename="unlimited-servers.csv"
      rowHeight={56}
    />
  )
}

type StatusKind = 'running' | 'restarting' | 'expired' | 'stopped'

function statusKind(server: UnlimitedServer, restarting: boolean, now: number): StatusKind {
  if (restarting) return 'restarting'
  if (server.running) return 'running'
  if (/restart/i.test(server.statusText)) return 'restarting'
  if (server.expiresAt && Date.parse(server.expiresAt) <= now) return 'expired'
  return 'stopped'
}

const statusColor: Record<StatusKind, string> = { running: 'teal', restarting: 'blue', expired: 'red', stopped: 'gray' }

export function useServerColumns(restarting: ReadonlySet<string>, now: number): Column<UnlimitedServer>[] {
  const { t } = useTranslation('unlimited')
  return useMemo(() => {
    const kindOf = (server: UnlimitedServer) => statusKind(server, restarting.has(server.planName), now)
    const statusText = (server: UnlimitedServer) => {
      const kind = kindOf(server)
      if (kind === 'expired') return t('table.expired')
      // Thordata's own word when it is not one the app knows.
      if (kind === 'stopped') return server.statusText || t('status.stopped')
      return t(`status.${kind}`)
    }
    const dateCsv = (iso: string | null) => iso ?? ''
    return [
      {
        id: 'planName',
        header: t('table.columns.planName'),
        priority: 1,
        minWidth: 226,
        cell: (server) => <CopyCell value={server.planName} label={t('table.copyHost', { name: server.planName })} />,
        sortValue: (server) => server.planName,
        searchValue: (server) => [server.planName, server.insId, server.orderId ?? '', server.region ?? ''].join(' '),
        csv: (server) => server.planName,
      },
      {
        id: 'status',
        header: t('table.columns.status'),
        priority: 1,
        // "Restarting" with its spinner, whole.
        width: 140,
        cell: (server) => {
          const kind = kindOf(server)
          return (
            <Badge
              variant="light"
              color={statusColor[kind]}
              radius="sm"
              leftSection={kind === 'restarting' ? <Loader size={10} color="blue" aria-hidden="true" /> : undefined}
            >
              {statusText(server)}
            </Badge>
          )
        },
        sortValue: (server) => kindOf(server),
        csv: statusText,
      },
      {
        id: 'expiresAt',
        header: t('table.columns.expiresAt'),
        // A key column: a renewal being due is what this list is most often opened for.
        priority: 1,
        width: 150,
        cell: (server) => <ExpiryCell iso={server.expiresAt} now={now} />,
        // A server without an expiry is not due: last when the soonest come first.
        sortValue: (server) => expirySortValue(server.expiresAt),
        csv: (server) => dateCsv(server.expiresAt),
      },
      {
        id: 'machine',
        header: t('table.columns.machine'),
        priority: 3,
        // "16vCPU 32GiB" whole.
        width: 132,
        cell: (server) => server.machine ?? '—',
        sortValue: (server) => server.machine ?? '',
        csv: (server) => server.machine ?? '',
      },
      {
        id: 'bandwidth',
        header: t('table.columns.bandwidth'),
        priority: 3,
        width: 124,
        align: 'right',
        cell: (server) => server.bandwidth ?? '—',
        sortValue: (server) => bandwidthMbps(server.bandwidth) ?? 0,
        csv: (server) => server.bandwidth ?? '',
      },
      {
        id: 'region',
        header: t('table.columns.region'),
        priority: 4,
        width: 150,
        cell: (server) =>
          server.region ?? (
            <Text size="sm" c="dimmed">
              {t('table.noRegion')}
            </Text>
          ),
        sortValue: (server) => server.region ?? '',
        searchValue: (server) => server.region ?? '',
        csv: (server) => server.region ?? '',
      },
      {
        id: 'insId',
        header: t('table.columns.insId'),
        priority: 5,
        width: 140,
        cell: (server) => (
          <Text size="sm" ff="monospace" truncate>
            {server.insId}
          </Text>
        ),
        sortValue: (server) => server.insId,
        csv: (server) => server.insId,
      },
      {
        id: 'orderId',
        header: t('table.columns.orderId'),
        priority: 5,
        width: 130,
        cell: (server) => server.orderId ?? '—',
        sortValue: (server) => server.orderId ?? '',
        csv: (server) => server.orderId ?? '',
      },
      {
        id: 'purchasedAt',
        header: t('table.columns.purchasedAt'),
        priority: 6,
        width: 140,
        cell: (server) => (server.purchasedAt ? formatMediumDate(server.purchasedAt) : '—'),
        sortValue: (server) => server.purchasedAt ?? '',
        csv: (server) => dateCsv(server.purchasedAt),
      },
    ] satisfies Column<UnlimitedServer>[]
  }, [t, restarting, now])
}

function ExpiryCell({ iso, now }: { iso: string | null; now: number }) {
  const { t } = useTranslation('common')
  if (iso === null) return <>—</>
  const expiry = expiryOf(iso, now)
  const urgent = expiry.state === 'expired' || expiry.state === 'soon'
  return (
    <Stack gap={0}>
      <Text size="sm">{formatMediumDate(iso)}</Text>
      <Text size="xs" c={urgent ? expiryColors[expiry.state] : 'dimmed'} fw={urgent ? 600 : undefined}>
        {expiryText(t, expiry)}
      </Text>
    </Stack>
  )
}

/** Monitor (Enter on a row), Restart, Renew, Upgrade and Bound users, each named with its server. */
export function useServerActions(
  onAction: (action: ServerAction, server: UnlimitedServer) => void,
): RowAction<UnlimitedServer>[] {
  const { t } = useTranslation('unlimited')
  return useMemo(() => {
    const named = (server: UnlimitedServer) => ({ name: server.planName })
    const run = (id: ServerAction) => (server: UnlimitedServer) => onAction(id, server)
    return [
      {
        id: 'monitor',
        name: t('actions.monitor'),
        label: (server) => t('actions.monitorServer', named(server)),
        icon: <IconChartLine size={16} />,
        onClick: run('monitor'),
        primary: true,
      },
      {
        id: 'restart',
        name: t('actions.restart'),
        label: (server) => t('actions.restartServer', named(server)),
        icon: <IconRefresh size={16} />,
        onClick: run('restart'),
      },
      {
        id: 'renew',
        name: t('actions.renew'),
        label: (server) => t('actions.renewServer', named(server)),
        icon: <IconCalendarPlus size={16} />,
        onClick: run('renew'),
      },
      {
        id: 'upgrade',
        name: t('actions.upgrade'),
        label: (server) => t('actions.upgradeServer', named(server)),
        icon: <IconArrowBigUpLines size={16} />,
        onClick: run('upgrade'),
      },
      {
        id: 'boundUsers',
        name: t('actions.boundUsers'),
        label: (server) => t('actions.boundUsersOf', named(server)),
        icon: <IconUsers size={16} />,
        onClick: run('boundUsers'),
      },
    ]
  }, [t, onAction])
}

export function ServerListSkeleton() {
  return (
    <Stack gap="xs">
      <Skeleton h={36} />
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} h={48} />
      ))}
    </Stack>
  )
}

export function EmptyServers() {
  const { t } = useTranslation('unlimited')
  return (
    <EmptySection
      label={t('table.label')}
      icon={<IconInfinity size={24} />}
      title={t('empty.title')}
      body={t('empty.body')}
    />
  )
}
