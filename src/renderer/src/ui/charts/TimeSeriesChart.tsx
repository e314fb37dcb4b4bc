import '@mantine/charts/styles.css'
import { LineChart } from '@mantine/charts'
import { type ChartKind, type ChartPoint, chartModel } from '@renderer/lib/chart-model'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** About this many time labels on a dense chart's axis. */
const DENSE_TICKS = 6

export interface TimeSeriesChartProps {
  /** In time order; labels already formatted (formatClock, formatDateTime, formatShortDate). */
  points: readonly ChartPoint[]
  kind: ChartKind
  seriesLabel: string
  height: number
  'aria-label': string
  color?: string
  /**
   * Many points (a day at one a minute): straight segments and no draw-in animation, which cost most of the time
   * it took to paint five such charts (npm run bench, part monitor), as was measuring every time label for overlap.
   */
  dense?: boolean
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
  dense = false,
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
        curveType={dense ? 'linear' : 'monotone'}
        lineProps={dense ? { isAnimationActive: false } : undefined}
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
        // Dense: every nth label, without measuring each of them for overlap (the other half of the time).
        xAxisProps={dense ? { interval: Math.max(0, Math.ceil(points.length / DENSE_TICKS) - 1) } : { minTickGap: 24 }}
        gridAxis="x"
        tickLine="none"
        withDots={points.length <= 31}
        tooltipAnimationDuration={120}
      />
    </figure>
  )
}
