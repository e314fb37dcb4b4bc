import { Box, Drawer, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core'
import { type DayRange, lastDays } from '@renderer/lib/date-limits'
import { formatIn, formatMediumDate, formatTraffic, todayIso, unitFor } from '@renderer/lib/format'
import { DEFAULT_USAGE_DAYS, fillDays, USAGE_LIMITS, usagePoints } from '@renderer/lib/usage'
import { BarChart } from '@renderer/ui/charts'
import { DateRangePicker } from '@renderer/ui/DateRangePicker'
import { type Column, DataTable } from '@renderer/ui/data-table'
import { QueryView } from '@renderer/ui/QueryView'
import { MAX_USAGE_RANGE_DAYS, type UsageDay } from '@shared/domain/account'
import type { ProxyUser, ProxyUserProduct } from '@shared/domain/proxy-users'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HourlyUsage } from './HourlyUsage'
import { useProxyUserUsage } from './queries'

const CHART_HEIGHT = 220

interface UsageDrawerProps {
  opened: boolean
  product: ProxyUserProduct
  user: ProxyUser | null
  /** Changes on every opening, so each opening starts from the default period. */
  viewKey: number
  onClose: () => void
}

export function UsageDrawer({ opened, product, user, viewKey, onClose }: UsageDrawerProps) {
  const { t } = useTranslation('proxyUsers')
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={650}>{t('usage.title', { name: user?.username ?? '' })}</Text>}
    >
      {user ? <UsageViews key={viewKey} product={product} user={user} /> : null}
    </Drawer>
  )
}

type UsageView = 'daily' | 'hourly'

/** Daily by default; the hourly view is for looking closer (reference §4.6). */
function UsageViews({ product, user }: { product: ProxyUserProduct; user: ProxyUser }) {
  const { t } = useTranslation('proxyUsers')
  const [view, setView] = useState<UsageView>('daily')
  return (
    <Stack gap="lg">
      <SegmentedControl
        aria-label={t('usage.view')}
        value={view}
        onChange={(next) => setView(next === 'hourly' ? 'hourly' : 'daily')}
        data={[
          { value: 'daily', label: t('usage.byDay') },
          { value: 'hourly', label: t('usage.byHour') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'daily' ? (
        <UserUsage product={product} user={user} />
      ) : (
        <HourlyUsage product={product} username={user.username} />
      )}
    </Stack>
  )
}

function UserUsage({ product, user }: { product: ProxyUserProduct; user: ProxyUser }) {
  const { t } = useTranslation('proxyUsers')
  const [today] = useState(todayIso)
  const [range, setRange] = useState<DayRange>(() => lastDays(DEFAULT_USAGE_DAYS, today))
  const usage = useProxyUserUsage(product, user.username, range)
  const report = usage.data
  const days = useMemo(() => (report ? fillDays(report) : []), [report])
  const total = report?.totalUsedBytes

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 200px' }}>
          {t('usage.hint', { count: MAX_USAGE_RANGE_DAYS })}
        </Text>
        <DateRangePicker
          value={range}
          onChange={setRange}
          limits={USAGE_LIMITS}
          label={t('usage.period')}
          today={today}
        />
      </Group>

      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <Figure label={t('usage.inPeriod')} value={report ? formatTraffic(report.rangeUsedBytes) : null} />
        <Figure
          label={t('usage.total')}
          value={
            report ? (total === null || total === undefined ? t('usage.notReturned') : formatTraffic(total)) : null
          }
        />
        <Figure
          label={t('usage.limit')}
          value={user.trafficLimitBytes > 0 ? formatTraffic(user.trafficLimitBytes) : t('table.unlimited')}
        />
      </SimpleGrid>

      <Box style={{ opacity: usage.isPlaceholderData ? 0.55 : 1, transition: 'opacity 150ms' }}>
        <QueryView
          query={usage}
          skeleton={<Skeleton h={CHART_HEIGHT} />}
          isEmpty={(data) => data.rangeUsedBytes === 0 && data.days.every((day) => day.usedBytes === 0)}
          empty={
            <Text c="dimmed" ta="center" py="xl">
              {t('usage.none')}
            </Text>
          }
        >
          {() => <DailyUsage username={user.username} days={days} today={today} />}
        </QueryView>
      </Box>
    </Stack>
  )
}

function DailyUsage({ username, days, today }: { username: string; days: UsageDay[]; today: string }) {
  const { t } = useTranslation('proxyUsers')
  const points = useMemo(() => usagePoints(days, today), [days, today])
  const unit = useMemo(() => unitFor(days.map((day) => day.usedBytes)), [days])
  const columns = useMemo<Column<UsageDay>[]>(
    () => [
      {
        id: 'date',
        header: t('usage.date'),
        priority: 1,
        cell: (day) => formatMediumDate(day.date),
        sortValue: (day) => day.date,
        csv: (day) => day.date,
      },
      {
        id: 'used',
        header: t('usage.used'),
        priority: 1,
        align: 'right',
        cell: (day) => formatIn(day.usedBytes, unit),
        sortValue: (day) => day.usedBytes,
        csv: (day) => formatIn(day.usedBytes, unit),
      },
    ],
    [t, unit],
  )
  const from = days[0]?.date ?? today
  const to = days.at(-1)?.date ?? today
  return (
    <Stack gap="md">
      <BarChart
        points={points}
        kind="bytes"
        seriesLabel={t('usage.series')}
        height={CHART_HEIGHT}
        aria-label={t('usage.chart', { name: username })}
      />
      <DataTable
        rows={days}
        columns={columns}
        getRowId={(day) => day.date}
        getRowName={(day) => formatMediumDate(day.date)}
        label={t('usage.daily', { name: username })}
        defaultSort={{ columnId: 'date', direction: 'desc' }}
        csvFilename={`usage-${username}-${from}-${to}.csv`}
        rowHeight={40}
        maxHeight={360}
      />
    </Stack>
  )
}

function Figure({ label, value }: { label: string; value: string | null }) {
  return (
    <Stack gap={4} pl="md" miw={0} style={{ borderLeft: '3px solid var(--mantine-primary-color-light)' }}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      {value === null ? (
        <Skeleton h={24} w={90} />
      ) : (
        <Text fz={20} fw={650} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
      )}
    </Stack>
  )
}
