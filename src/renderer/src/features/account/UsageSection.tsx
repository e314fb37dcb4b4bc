import { Box, Card, Center, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { formatLongDate, formatShortDate } from '@renderer/lib/format'
import type { UsageReport } from '@shared/domain/account'
import { formatBytes } from '@shared/traffic'
import { IconChartBar } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { lazy, type ReactNode, Suspense, useMemo } from 'react'
import type { DateRange } from './range'
import { UsageRangePicker } from './UsageRangePicker'
import { fillDays, summarizeUsage } from './usage'

// Fetched as soon as the tab's code runs, in parallel with the usage request, so the chart is ready when its
// data is and parsing it does not hold up the balance cards' first paint.
const usageChartModule = import('./UsageChart')
const UsageChart = lazy(() => usageChartModule)

const CHART_HEIGHT = 260

interface UsageSectionProps {
  range: DateRange
  onRangeChange: (range: DateRange) => void
  usage: UseQueryResult<UsageReport>
}

export function UsageSection({ range, onRangeChange, usage }: UsageSectionProps) {
  const report = usage.data
  const days = useMemo(() => (report ? fillDays(report) : []), [report])
  const summary = report ? summarizeUsage(report, days) : null
  const empty = summary !== null && summary.usedBytes === 0 && !summary.busiest

  return (
    <Card component="section" aria-labelledby="usage-title">
      <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
        <Stack gap={2}>
          <Title order={3} fz="lg" id="usage-title">
            Usage
          </Title>
          <Text size="sm" c="dimmed">
            Traffic used per day, {formatLongDate(range.from)} – {formatLongDate(range.to)}
          </Text>
        </Stack>
        <UsageRangePicker value={range} onChange={onRangeChange} />
      </Group>

      <SimpleGrid cols={3} spacing="lg" mb="lg">
        <Figure label="Used in period" value={summary ? formatBytes(summary.usedBytes) : null} />
        <Figure label="Daily average" value={summary ? formatBytes(summary.dailyAverageBytes) : null} />
        <Figure
          label="Busiest day"
          value={summary?.busiest ? formatBytes(summary.busiest.usedBytes) : summary ? '—' : null}
          detail={summary?.busiest ? formatShortDate(summary.busiest.date) : undefined}
        />
      </SimpleGrid>

      <Box h={CHART_HEIGHT} style={{ opacity: usage.isPlaceholderData ? 0.55 : 1, transition: 'opacity 150ms' }}>
        {usage.isError ? (
          <Center h="100%">
            <Box maw={460} w="100%">
              <ErrorAlert error={usage.error} onRetry={() => void usage.refetch()} retrying={usage.isFetching} />
            </Box>
          </Center>
        ) : usage.isPending ? (
          <Skeleton h="100%" />
        ) : empty ? (
          <EmptyUsage />
        ) : (
          <Suspense fallback={<Skeleton h="100%" />}>
            <UsageChart days={days} height={CHART_HEIGHT} />
          </Suspense>
        )}
      </Box>
    </Card>
  )
}

function Figure({ label, value, detail }: { label: string; value: ReactNode; detail?: string }) {
  return (
    <Stack gap={4} style={{ borderLeft: '3px solid var(--mantine-primary-color-light)' }} pl="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      {value === null ? (
        <Skeleton h={26} w={110} />
      ) : (
        <Group gap={8} align="baseline" wrap="nowrap">
          <Text fz={22} fw={650} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {value}
          </Text>
          {detail ? (
            <Text size="sm" c="dimmed">
              {detail}
            </Text>
          ) : null}
        </Group>
      )}
    </Stack>
  )
}

function EmptyUsage() {
  return (
    <Center h="100%">
      <Stack align="center" gap="xs">
        <ThemeIcon size={44} radius="xl" variant="light" color="gray">
          <IconChartBar size={22} />
        </ThemeIcon>
        <Text fw={600}>No traffic used in this period</Text>
        <Text size="sm" c="dimmed">
          Pick a longer period, or come back once your proxies have carried traffic.
        </Text>
      </Stack>
    </Center>
  )
}
