import { Badge, EmptyState, Skeleton, Stack, Text } from '@mantine/core'
import { formatMediumDate } from '@renderer/lib/format'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import { type Column, CopyCell, DataTable, type RowAction } from '@renderer/ui/data-table'
import { type QueryLike, QueryView } from '@renderer/ui/QueryView'
import type { Whitelist, WhitelistEntry, WhitelistProduct } from '@shared/domain/whitelist'
import { labelKey } from '@shared/products'
import { IconShieldCheck, IconTrash } from '@tabler/icons-react'
import { type ReactNode, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ipKey } from './ip'
import { QuotaBar } from './QuotaBar'
import { useDeleteIp } from './queries'

interface IpListProps {
  product: WhitelistProduct
  query: QueryLike<Whitelist>
  /** The row to bring into view and flash (`ipKey` of an address just added). */
  highlight: string | null
}

const rowId = (entry: WhitelistEntry) => ipKey(entry.ip)

/** The plan's allowance and the whitelisted IPs: loading, failed, empty or listed, like every tab. */
export function IpList({ product, query, highlight }: IpListProps) {
  const { t } = useTranslation(['whitelist', 'common'])
  return (
    <QueryView query={query} skeleton={<ListSkeleton label={t('list.loading')} />}>
      {(list) => (
        <Stack gap="sm">
          {list.skipped ? (
            <Text size="sm" c="dimmed">
              {t('list.skipped', { count: list.skipped })}
            </Text>
          ) : null}
          {list.entries.length === 0 ? (
            <>
              <QuotaBar list={list} />
              <EmptyState
                icon={<IconShieldCheck size={28} aria-hidden="true" />}
                withIndicatorBackground
                title={t('empty.title')}
                description={t('empty.body')}
                py="xl"
              />
            </>
          ) : (
            <IpTable product={product} entries={list.entries} highlight={highlight} quota={<QuotaBar list={list} />} />
          )}
        </Stack>
      )}
    </QueryView>
  )
}

function ListSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="sm" aria-busy="true" aria-label={label} role="status">
      <Skeleton h={36} />
      {[0, 1, 2, 3].map((row) => (
        <Skeleton key={row} h={36} />
      ))}
    </Stack>
  )
}

interface IpTableProps {
  product: WhitelistProduct
  entries: WhitelistEntry[]
  highlight: string | null
  /** Shown in the table's toolbar, beside the count. */
  quota: ReactNode
}

function IpTable({ product, entries, highlight, quota }: IpTableProps) {
  const { t } = useTranslation(['whitelist', 'common'])
  const remove = useDeleteIp()
  const [target, setTarget] = useState<WhitelistEntry | null>(null)

  const columns = useMemo<Column<WhitelistEntry>[]>(
    () => [
      {
        id: 'ip',
        header: t('list.columns.ip'),
        priority: 1,
        // A full IPv6 address (39 characters) fits; at the 900 px minimum the date moves into the row's detail.
        minWidth: 330,
        cell: (entry) => <CopyCell value={entry.ip} label={t('list.copy', { ip: entry.ip })} monospace />,
        sortValue: (entry) => entry.ip,
        searchValue: (entry) => entry.ip,
        csv: (entry) => entry.ip,
      },
      {
        id: 'status',
        header: t('list.columns.status'),
        priority: 2,
        width: 110,
        cell: (entry) => (
          <Badge variant="light" color={entry.enabled ? 'teal' : 'gray'} radius="sm">
            {entry.enabled ? t('list.enabled') : t('list.disabled')}
          </Badge>
        ),
        sortValue: (entry) => (entry.enabled ? 0 : 1),
        csv: (entry) => (entry.enabled ? t('list.enabled') : t('list.disabled')),
      },
      {
        id: 'added',
        header: t('list.columns.added'),
        priority: 3,
        width: 140,
        cell: (entry) => (
          <Text size="sm" c="dimmed" span>
            {entry.createdOn ? formatMediumDate(entry.createdOn) : '—'}
          </Text>
        ),
        sortValue: (entry) => entry.createdOn ?? '',
        csv: (entry) => entry.createdOn ?? '',
      },
    ],
    [t],
  )
  const actions = useMemo<RowAction<WhitelistEntry>[]>(
    () => [
      {
        id: 'delete',
        name: t('list.delete'),
        label: (entry) => t('list.deleteIp', { ip: entry.ip }),
        icon: <IconTrash size={16} />,
        color: 'red',
        onClick: setTarget,
      },
    ],
    [t],
  )

  return (
    <>
      <DataTable
        rows={entries}
        columns={columns}
        getRowId={rowId}
        getRowName={(entry) => entry.ip}
        label={t('list.label')}
        searchLabel={t('list.search')}
        searchPlaceholder={t('list.search')}
        actions={actions}
        csvFilename={`whitelist-${product}.csv`}
        rowHeight={44}
        maxHeight="max(264px, calc(100vh - 420px))"
        highlightRowId={highlight}
        toolbar={quota}
      />
      {target ? (
        <ConfirmAction
          opened
          onClose={() => setTarget(null)}
          title={t('remove.title', { ip: target.ip })}
          body={<RemoveBody ip={target.ip} product={t(labelKey(product))} />}
          confirmLabel={t('remove.confirm', { ip: target.ip })}
          danger
          action={() => remove.mutateAsync({ product, ip: target.ip })}
        />
      ) : null}
    </>
  )
}

/** The sentence with the address in monospace, as it is in the list. */
function RemoveBody({ ip, product }: { ip: string; product: string }) {
  const { t } = useTranslation('whitelist')
  const marker = '\u0000'
  const [before, after] = t('remove.body', { ip: marker, product }).split(marker)
  return (
    <>
      {before}
      <Text span ff="monospace" inherit>
        {ip}
      </Text>
      {after}
    </>
  )
}
