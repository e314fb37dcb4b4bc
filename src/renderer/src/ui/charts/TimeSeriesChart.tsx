import '@mantine/charts/styles.css'
import { LineChart } from '@mantine/charts'
import { type ChartKind, type ChartPoint, chartModel } from '@renderer/lib/chart-model'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export interface TimeSeriesChartProps {
  /** In time order; labels already formatted (formatClock, formatDateTime, formatShortDate). */
  points: readonly ChartPoint[]
  kind: ChartKind
  seriesLabel: string
  height: number
  'aria-label': string
  color?: string
}

/**
 * A line over time on a round axis in one unit. Partial points (the period still running) continue the line
 * dashed, named "So far" in the legend and tooltip. Default export: load it through ui/charts (lazy).
 */
export default function TimeSeriesChart({
  points,
  kind,
  seriesLabel,
  height,
  color = 'brand.5',
  ...rest
}: TimeSeriesChartProps) {
  const { t } = useTranslation()
  const model = useMemo(() => chartModel(points, kind), [points, kind])
  // The dashed part starts at the last complete point, so the two lines join.
  const data = useMemo(() => {
    const firstPartial = model.data.findIndex((row) => row.soFar !== null)
    return model.data.map((row, i) =>
      i === firstPartial - 1 && row.value !== null ? { ...row, soFar: row.value } : row,
    )
  }, [model])
  const series = [
    { name: 'value', label: seriesLabel, color },
    ...(model.hasPartial ? [{ name: 'soFar', label: t('chart.soFar'), color, strokeDasharray: '5 4' }] : []),
  ]
  // The name goes on a figure around the chart: on Mantine's own root (a plain div) aria-label is not allowed.
  return (
    <figure aria-label={rest['aria-label']} style={{ margin: 0 }}>
      <LineChart
        h={height}
        data={data}
        dataKey="label"
        series={series}
        curveType="monotone"
        connectNulls={false}
        withLegend={model.hasPartial}
        legendProps={{ verticalAlign: 'top', height: 28 }}
        valueFormatter={model.formatValue}
        yAxisProps={{
          ticks: model.ticks,
          domain: [0, model.ticks.at(-1) ?? 1],
          tickFormatter: model.formatTick,
          width: 72,
        }}
        xAxisProps={{ minTickGap: 24 }}
        gridAxis="x"
        tickLine="none"
        withDots={points.length <= 31}
        tooltipAnimationDuration={120}
      />
    </figure>
  )
}
