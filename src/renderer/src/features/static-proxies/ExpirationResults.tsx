import { Badge, Group, Stack, Text } from '@mantine/core'
import { expiryOf } from '@renderer/lib/expiry'
import { formatMediumDateTime } from '@renderer/lib/format'
import { type Column, DataTable } from '@renderer/ui/data-table'
import { ExpiryBadge } from '@renderer/ui/ExpiryBadge'
import type { ExpirationCheck, ExpirationCheckRow } from '@shared/domain/proxies'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

interface ExpirationResultsProps {
  answer: ExpirationCheck
  /** "ISP" / "Datacenter", for the IPs Thordata does not know. */
  productName: string
  now: number
}

const rowId = (row: ExpirationCheckRow) => row.ip

/** Thordata's answer for each IP asked about, in the order asked; the unknown ones say so. */
export function ExpirationResults({ answer, productName, now }: ExpirationResultsProps) {
  const { t } = useTranslation('staticProxies')
  const known = answer.results.filter((row) => row.known).length
  const unknown = answer.results.length - known
  const columns = useMemo(
    (): Column<ExpirationCheckRow>[] => [
      {
        id: 'ip',
        header: t('columns.ip'),
        priority: 1,
        minWidth: 160,
        cell: (row) => (
          <Text size="sm" ff="monospace" fw={600} truncate>
            {row.ip}
          </Text>
        ),
      },
      {
        id: 'expiresAt',
        header: t('columns.expiresAt'),
        priority: 2,
        width: 180,
        cell: (row) => (row.known && row.expiresAt ? formatMediumDateTime(Date.parse(row.expiresAt)) : '—'),
      },
      {
        id: 'left',
        header: t('columns.left'),
        priority: 1,
        minWidth: 190,
        cell: (row) => {
          if (!row.known) {
            return (
              <Badge variant="light" color="gray" radius="sm" style={{ textTransform: 'none' }}>
                {t('check.unknown', { product: productName })}
              </Badge>
            )
          }
          const expiry = expiryOf(row.expiresAt, now)
          return <ExpiryBadge expiry={expiry} />
        },
      },
    ],
    [t, productName, now],
  )
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge variant="light" color="teal" radius="sm" style={{ textTransform: 'none' }}>
          {t('check.result.known', { count: known })}
        </Badge>
        {unknown ? (
          <Badge variant="light" color="orange" radius="sm" style={{ textTransform: 'none' }}>
            {t('check.result.unknown', { count: unknown })}
          </Badge>
        ) : null}
        {answer.skipped ? (
          <Text size="sm" c="dimmed">
            {t('check.skipped', { count: answer.skipped })}
          </Text>
        ) : null}
      </Group>
      <DataTable
        rows={answer.results}
        columns={columns}
        getRowId={rowId}
        label={t('check.resultsLabel')}
        rowHeight={44}
        // The dialog's buttons stay in a 600 px tall window.
        maxHeight="min(260px, calc(100vh - 430px))"
      />
    </Stack>
  )
}
