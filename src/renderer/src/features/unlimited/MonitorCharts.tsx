import { Group, Skeleton, Stack, Text } from '@mantine/core'
import { formatNumber } from '@renderer/lib/format'
import { TimeSeriesChart } from '@renderer/ui/charts'
import type { MetricPoint, ServerMonitor } from '@shared/domain/unlimited'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  formatMetric,
  type MetricKey,
  type MonitorWindow,
  metrics,
  monitorPoints,
  summarize,
  type TimeLabel,
  timeLabeller,
} from './monitor-model'

/** Room for five y-axis labels (a shorter chart drops one of them). */
export const MONITOR_CHART_HEIGHT = 180

const colors: Record<MetricKey, string> = {
  cpu: 'brand.5',
  memory: 'violet.5',
  tcpConnections: 'teal.6',
  wanIn: 'blue.5',
  wanOut: 'orange.6',
}

interface MonitorChartsProps {
  monitor: ServerMonitor
  span: MonitorWindow
  serverName: string
}

/** One chart per metric, each headed by its inferred unit, its latest value and its peak. */
export function MonitorCharts({ monitor, span, serverName }: MonitorChartsProps) {
  const { t } = useTranslation('unlimited')
  const label = useTimeLabeller(span)
  return (
    <Stack gap="lg">
      {metrics.map((metric) => (
        <MetricChart
          key={metric.key}
          name={t(`monitor.metrics.${metric.key}`)}
          unitWord={t(`monitor.units.${metric.unit}`)}
          digits={metric.digits}
          series={monitor[metric.key]}
          label={label}
          serverName={serverName}
          color={colors[metric.key]}
        />
      ))}
    </Stack>
  )
}

/** One labeller for every chart of a window, made anew for each window and language. */
export function useTimeLabeller(span: MonitorWindow): TimeLabel {
  const { i18n } = useTranslation()
  const language = i18n.language
  // A new labeller (an empty cache) for each window and language, so no label outlives the ones it was made for.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `language` invalidates the cache on purpose
  return useMemo(() => timeLabeller(span), [span, language])
}

interface MetricChartProps {
  /** The series' name as shown: the catalog's word, or Thordata's raw name for a series this app does not know. */
  name: string
  /** The catalog's word for the inferred unit; null when no unit is known. */
  unitWord: string | null
  digits: number
  series: readonly MetricPoint[]
  label: TimeLabel
  serverName: string
  color: string
}

/** One metric's chart, headed by its inferred unit, its latest value and its peak (server and load balancer). */
export const MetricChart = memo(function MetricChart({
  name,
  unitWord,
  digits,
  series,
  label,
  serverName,
  color,
}: MetricChartProps) {
  const { t } = useTranslation('unlimited')
  const points = useMemo(() => monitorPoints(series, label), [series, label])
  const summary = useMemo(() => summarize(series), [series])
  const format = (value: number) => (unitWord ? formatMetric(value, digits, unitWord) : formatNumber(value, digits))
  return (
    <Stack gap={6} component="section" aria-label={name}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={650}>
          {name}{' '}
          <Text span size="xs" c="dimmed" fw={400}>
            {unitWord ? t('monitor.unitInferred', { unit: unitWord }) : t('balancer.unitUnknown')}
          </Text>
        </Text>
        {summary ? (
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('monitor.summary', {
              latest: format(summary.latest),
              peak: format(summary.peak),
            })}
          </Text>
        ) : null}
      </Group>
      {points.length === 0 ? (
        <Text size="sm" c="dimmed" py="md">
          {t('monitor.noneMetric')}
        </Text>
      ) : (
        <TimeSeriesChart
          points={points}
          kind="count"
          seriesLabel={name}
          height={MONITOR_CHART_HEIGHT}
          color={color}
          dense
          aria-label={t('monitor.chart', { metric: name, name: serverName })}
        />
      )}
    </Stack>
  )
})

/** `count` charts' worth of placeholders: five for the server, two for the load balancer. */
export function MonitorChartsSkeleton({ count = metrics.length }: { count?: number }) {
  return (
    <Stack gap="lg">
      {Array.from({ length: count }, (_, i) => (
        <Stack key={i} gap={6}>
          <Skeleton h={18} w={160} />
          <Skeleton h={MONITOR_CHART_HEIGHT} />
        </Stack>
      ))}
    </Stack>
  )
}
