import { Badge } from '@mantine/core'
import { formatMediumDate, formatTraffic } from '@renderer/lib/format'
import { type Column, CopyCell, type RowAction } from '@renderer/ui/data-table'
import type { Cdk, CdkStatus } from '@shared/domain/cdk'
import { IconBan, IconInfoCircle } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

const statusColor: Record<CdkStatus, string> = { unused: 'teal', used: 'blue', revoked: 'gray' }
/** Waiting codes first: they are the ones a user still hands out or takes back. */
const statusOrder: Record<CdkStatus, number> = { unused: 0, used: 1, revoked: 2 }

const DAY_SECONDS = 86_400

export const durationDays = (cdk: Pick<Cdk, 'durationSeconds'>) => Math.round(cdk.durationSeconds / DAY_SECONDS)

export function StatusBadge({ status }: { status: CdkStatus }) {
  const { t } = useTranslation('cdk')
  return (
    <Badge variant="light" color={statusColor[status]} radius="sm">
      {t(`status.${status}`)}
    </Badge>
  )
}

/** The codes table: the code (copyable), status, traffic, how long it lasts once redeemed, and when it was made. */
export function useCdkColumns(): Column<Cdk>[] {
  const { t } = useTranslation('cdk')
  return useMemo(() => {
    const days = (cdk: Cdk) => (cdk.durationSeconds > 0 ? t('days', { count: durationDays(cdk) }) : '—')
    const created = (cdk: Cdk) => (cdk.createdAt ? formatMediumDate(cdk.createdAt) : '—')
    return [
      {
        id: 'code',
        header: t('table.columns.code'),
        priority: 1,
        minWidth: 230,
        cell: (cdk) => <CopyCell value={cdk.code} label={t('table.copyCode', { code: cdk.code })} monospace />,
        sortValue: (cdk) => cdk.code,
        searchValue: (cdk) => cdk.code,
        csv: (cdk) => cdk.code,
      },
      {
        id: 'status',
        header: t('table.columns.status'),
        priority: 1,
        width: 120,
        cell: (cdk) => <StatusBadge status={cdk.status} />,
        sortValue: (cdk) => statusOrder[cdk.status],
        csv: (cdk) => t(`status.${cdk.status}`),
      },
      {
        id: 'traffic',
        header: t('table.columns.traffic'),
        priority: 2,
        width: 110,
        align: 'right',
        cell: (cdk) => formatTraffic(cdk.trafficBytes),
        sortValue: (cdk) => cdk.trafficBytes,
        csv: (cdk) => formatTraffic(cdk.trafficBytes),
      },
      {
        id: 'duration',
        header: t('table.columns.duration'),
        priority: 4,
        width: 110,
        align: 'right',
        cell: days,
        sortValue: (cdk) => cdk.durationSeconds,
        csv: days,
      },
      {
        id: 'created',
        header: t('table.columns.created'),
        priority: 3,
        // "2026年11月10日" whole.
        width: 150,
        cell: created,
        sortValue: (cdk) => cdk.createdAt ?? '',
        csv: (cdk) => cdk.createdAt ?? '',
      },
    ] satisfies Column<Cdk>[]
  }, [t])
}

export type CdkAction = 'details' | 'revoke'

/** Details (Enter on a row) and Revoke, which only an unused code offers. */
export function useCdkActions(onAction: (action: CdkAction, cdk: Cdk) => void): RowAction<Cdk>[] {
  const { t } = useTranslation('cdk')
  return useMemo(
    () => [
      {
        id: 'details',
        name: t('actions.details'),
        label: (cdk) => t('actions.detailsOf', { code: cdk.code }),
        icon: <IconInfoCircle size={16} />,
        onClick: (cdk) => onAction('details', cdk),
        primary: true,
      },
      {
        id: 'revoke',
        name: t('actions.revoke'),
        label: (cdk) => t('actions.revokeCode', { code: cdk.code }),
        icon: <IconBan size={16} />,
        onClick: (cdk) => onAction('revoke', cdk),
        color: 'red',
        disabled: (cdk) => cdk.status !== 'unused',
      },
    ],
    [t, onAction],
  )
}
