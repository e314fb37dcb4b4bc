import { Box, Drawer, Group, ScrollArea, SimpleGrid, Skeleton, Stack, Table, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { formatMediumDate, todayIso } from '@renderer/lib/format'
import { MAX_USAGE_RANGE_DAYS, type UsageDay } from '@shared/domain/account'
import type { ProxyUser, ProxyUserProduct } from '@shared/domain/proxy-users'
import { formatBytes } from '@shared/traffic'
import { lazy, Suspense, useMemo, useState } from 'react'
import { type DateRange, DEFAULT_RANGE_DAYS, lastDays } from '../account/range'
import { UsageRangePicker } from '../account/UsageRangePicker'
import { fillDays, summarizeUsage } from '../account/usage'
import { useProxyUserUsage } from './queries'

// Only fetched when someone opens a user's usage: recharts is most of the app's weight.
const UsageChart = lazy(() => import('../account/UsageChart'))

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
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={650}>{`Usage of ${user?.username ?? ''}`}</Text>}
    >
      {user ? <UserUsage key={viewKey} product={product} user={user} /> : null}
    </Drawer>
  )
}

function UserUsage({ product, user }: { product: ProxyUserProduct; user: ProxyUser }) {
  const [range, setRange] = useState<DateRange>(() => lastDays(DEFAULT_RANGE_DAYS, todayIso()))
  const usage = useProxyUserUsage(product, user.username, range)
  const report = usage.data
  const days = useMemo(() => (report ? fillDays(report) : []), [report])
  const newestFirst = useMemo(() => [...days].reverse(), [days])
  const summary = report ? summarizeUsage(report, days) : null
  const empty = summary !== null && summary.usedBytes === 0 && !summary.busiest

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Text size="sm" c="dimmed">
          Traffic per day, up to {MAX_USAGE_RANGE_DAYS} days at a time
        </Text>
        <UsageRangePicker value={range} onChange={setRange} />
      </Group>

      <SimpleGrid cols={3} spacing="md">
        <Figure label="Used in period" value={summary ? formatBytes(summary.usedBytes) : null} />
        <Figure
          label="Used in total"
          value={report ? (report.totalUsedBytes === null ? 'Not returned' : formatBytes(report.totalUsedBytes)) : null}
        />
        <Figure
          label="Traffic limit"
          value={user.trafficLimitBytes > 0 ? formatBytes(user.trafficLimitBytes) : 'Unlimited'}
        />
      </SimpleGrid>

      <Box style={{ opacity: usage.isPlaceholderData ? 0.55 : 1, transition: 'opacity 150ms' }}>
        {usage.isError ? (
          <ErrorAlert error={usage.error} onRetry={() => void usage.refetch()} retrying={usage.isFetching} />
        ) : usage.isPending ? (
          <Skeleton h={CHART_HEIGHT} />
        ) : empty ? (
          <Text c="dimmed" ta="center" py="xl">
            No traffic used in this period
          </Text>
        ) : (
          <Stack gap="md">
            <Suspense fallback={<Skeleton h={CHART_HEIGHT} />}>
              <UsageChart days={days} height={CHART_HEIGHT} />
            </Suspense>
            <DailyTable username={user.username} days={newestFirst} />
          </Stack>
        )}
      </Box>
    </Stack>
  )
}

function DailyTable({ username, days }: { username: string; days: UsageDay[] }) {
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table stickyHeader striped aria-label={`Daily usage of ${username}`} tabularNums>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th ta="right">Used</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days.map((day) => (
            <Table.Tr key={day.date}>
              <Table.Td>{formatMediumDate(day.date)}</Table.Td>
              <Table.Td ta="right">{formatBytes(day.usedBytes)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}

function Figure({ label, value }: { label: string; value: string | null }) {
  return (
    <Stack gap={4} pl="md" style={{ borderLeft: '3px solid var(--mantine-primary-color-light)' }}>
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
