import { EmptyState, Group, Stack, Text } from '@mantine/core'
import { DataTable } from '@renderer/ui/data-table'
import { PageLayout } from '@renderer/ui/PageLayout'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import { QueryView, useNow } from '@renderer/ui/QueryView'
import type { StaticProduct, StaticProxyFormat, StaticProxyRow } from '@shared/domain/proxies'
import { labelKey } from '@shared/products'
import { IconServer } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CheckButton } from './CheckButton'
import { type ProxyAction, useProxyActions, useStaticProxyColumns } from './columns'
import { ExpirationCheckDialog } from './ExpirationCheckDialog'
import { ExpirySummary, ListSkeleton } from './ExpirySummary'
import { useCopyProxies, useExportCsv, useStaticProxies } from './queries'
import { FormatPicker, Toolbar } from './Toolbar'

const rowId = (proxy: StaticProxyRow) => proxy.ip
const bySoonestExpiry = { columnId: 'left', direction: 'asc' } as const
const noneSelected: ReadonlySet<string> = new Set()

/** The picked rows: those shown first, in the table's order, then any the search hides, in list order. */
export function pickedInOrder(
  rows: readonly StaticProxyRow[],
  shown: readonly StaticProxyRow[],
  selected: ReadonlySet<string>,
): string[] {
  const first = shown.filter((p) => selected.has(p.ip)).map(rowId)
  const seen = new Set(first)
  return [...first, ...rows.filter((p) => selected.has(p.ip) && !seen.has(p.ip)).map(rowId)]
}

interface StaticProxiesTabProps {
  /** A fixed clock (ms) for tests and screenshots; the live one, re-read every minute, otherwise. */
  now?: number
}

/** The ISP and datacenter IPs bought: credentials, expiry, copying in the formats tools take, CSV, expiry check. */
export default function StaticProxiesTab({ now: fixedNow }: StaticProxiesTabProps = {}) {
  const { t } = useTranslation(['staticProxies', 'common'])
  const now = useNow(fixedNow, 60_000)
  const [product, setProduct] = useState<StaticProduct>('isp')
  const [format, setFormat] = useState<StaticProxyFormat>('ip:port:user:pass')
  const [selected, setSelected] = useState<ReadonlySet<string>>(noneSelected)
  const [check, setCheck] = useState({ opened: false, text: '', key: 0 })
  const list = useStaticProxies(product)
  const rows = list.data?.proxies
  const copy = useCopyProxies()
  const exportCsv = useExportCsv()

  // A row that left the list (a refresh) is no longer picked.
  const picked = useMemo(() => rows?.filter((p) => selected.has(p.ip)) ?? [], [rows, selected])
  const pickedSet = useMemo(() => new Set(picked.map(rowId)), [picked])
  const selection = useMemo(() => ({ selected: pickedSet, onChange: setSelected }), [pickedSet])

  const openCheck = useCallback((ips: readonly string[]) => {
    setCheck((current) => ({ opened: true, text: ips.join('\n'), key: current.key + 1 }))
  }, [])
  const copyMutate = copy.mutate
  const onAction = useCallback(
    (action: ProxyAction, proxy: StaticProxyRow) => {
      if (action === 'copy') copyMutate({ product, ips: [proxy.ip], format })
      else openCheck([proxy.ip])
    },
    [copyMutate, product, format, openCheck],
  )
  const columns = useStaticProxyColumns(product, now)
  const actions = useProxyActions(format, onAction)
  const switchProduct = (next: StaticProduct) => {
    setProduct(next)
    setSelected(noneSelected)
  }

  const toolbar = (shown: readonly StaticProxyRow[]) => {
    const targets = () => (picked.length ? pickedInOrder(rows ?? [], shown, pickedSet) : shown.map(rowId))
    return (
      <Toolbar
        shownCount={shown.length}
        selectedCount={picked.length}
        copying={copy.isPending}
        exporting={exportCsv.isPending}
        onCopy={() => !copy.isPending && copy.mutate({ product, ips: targets(), format })}
        // Like copying: the selected rows when there are any (the file holds passwords: only what was asked for).
        onExport={() => !exportCsv.isPending && exportCsv.mutate({ product, ips: targets() })}
      />
    )
  }

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      productSwitch={
        <Group justify="space-between" gap="sm">
          <ProductSwitch section="staticProxies" value={product} onChange={switchProduct} />
          <FormatPicker value={format} onChange={setFormat} />
        </Group>
      }
      queries={[list]}
      actions={<CheckButton selectedCount={picked.length} onClick={() => openCheck(picked.map(rowId))} />}
    >
      <QueryView query={list} skeleton={<ListSkeleton label={t('table.loading')} />}>
        {(data) => (
          <Stack gap="sm">
            {data.skipped ? (
              <Text size="sm" c="dimmed">
                {t('table.skipped', { count: data.skipped })}
              </Text>
            ) : null}
            {data.proxies.length === 0 ? (
              <EmptyState
                icon={<IconServer size={28} aria-hidden="true" />}
                withIndicatorBackground
                title={t('empty.title', { product: t(labelKey(product)) })}
                description={t('empty.body')}
                py="xl"
              />
            ) : (
              <>
                <ExpirySummary proxies={data.proxies} now={now} />
                <DataTable
                  rows={data.proxies}
                  columns={columns}
                  getRowId={rowId}
                  label={t('table.label')}
                  actions={actions}
                  selection={selection}
                  defaultSort={bySoonestExpiry}
                  searchLabel={t('table.search')}
                  searchPlaceholder={t('table.searchPlaceholder')}
                  toolbar={toolbar}
                  rowHeight={48}
                />
              </>
            )}
          </Stack>
        )}
      </QueryView>
      <ExpirationCheckDialog
        opened={check.opened}
        product={product}
        initialText={check.text}
        formKey={check.key}
        now={now}
        onClose={() => setCheck((current) => ({ ...current, opened: false }))}
      />
    </PageLayout>
  )
}
