import { Box, Group, Skeleton, Stack, Text } from '@mantine/core'
import type { DateTimeRange } from '@renderer/lib/date-limits'
import { formatTraffic } from '@renderer/lib/format'
import { TimeSeriesChart } from '@renderer/ui/charts'
import { DateTimeRangePicker } from '@renderer/ui/DateTimeRangePicker'
import { QueryView } from '@renderer/ui/QueryView'
import { MAX_USAGE_RANGE_DAYS } from '@shared/domain/limits'
import type { ProxyUserProduct } from '@shared/domain/proxy-users'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultHourWindow, fillHours, hourLimits, hourPoints, hoursOf } from './hourly'
import { useProxyUserHourlyUsage } from './queries'

const CHART_HEIGHT = 220

interface HourlyUsageProps {
  product: ProxyUserProduct
  username: string
  /** Injectable for tests; read once, when the view opens. */
  now?: () => number
}

/** A proxy user's traffic hour by hour (reference §4.6), for windows up to 180 days. */
export function HourlyUsage({ product, username, now = Date.now }: HourlyUsageProps) {
  const { t } = useTranslation('proxyUsers')
  const [openedAt] = useState(now)
  const [range, setRange] = useState<DateTimeRange>(() => defaultHourWindow(openedAt))
  const limits = useMemo(() => hourLimits(openedAt), [openedAt])
  const usage = useProxyUserHourlyUsage(product, username, hoursOf(range))
  const report = usage.data
  const points = useMemo(() => (report ? hourPoints(fillHours(report), openedAt) : []), [report, openedAt])

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 200px' }}>
          <Text size="sm" c="dimmed">
            {t('usage.hourlyHint', { count: MAX_USAGE_RANGE_DAYS })}
          </Text>
          {report ? (
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('usage.inHours', { amount: formatTraffic(report.rangeUsedBytes) })}
            </Text>
          ) : (
            <Skeleton h={20} w={160} />
          )}
        </Stack>
        <DateTimeRangePicker value={range} onChange={setRange} limits={limits} label={t('usage.hours')} w={380} />
      </Group>

      <Box style={{ opacity: usage.isPlaceholderData ? 0.55 : 1, transition: 'opacity 150ms' }}>
        <QueryView
          query={usage}
          skeleton={<Skeleton h={CHART_HEIGHT} />}
          isEmpty={(data) => data.hours.every((h) => h.usedBytes === 0)}
          empty={
            <Text c="dimmed" ta="center" py="xl">
              {t('usage.noneInHours')}
            </Text>
          }
        >
          {() => (
            <TimeSeriesChart
              points={points}
              kind="bytes"
              seriesLabel={t('usage.series')}
              height={CHART_HEIGHT}
              aria-label={t('usage.hourlyChart', { name: username })}
            />
          )}
        </QueryView>
      </Box>
    </Stack>
  )
}
