import '@mantine/charts/styles.css'
import { BarChart as MantineBarChart } from '@mantine/charts'
import { type ChartKind, type ChartPoint, chartModel } from '@renderer/lib/chart-model'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export interface BarChartProps {
  points: readonly ChartPoint[]
  kind: ChartKind
  /** What the bars are: "Used". */
  seriesLabel: string
  height: number
  'aria-label': string
  color?: string
}

/**
 * Bars on a round axis in one unit, tooltips in that unit; a partial point (today) is a paler, outlined bar named
 * "Today so far" in the legend and tooltip. Default export: load it through ui/charts (lazy).
 */
export default function BarChart({ points, kind, seriesLabel, height, color = 'brand.5', ...rest }: BarChartProps) {
  const { t } = useTranslation()
  const model = useMemo(() => chartModel(points, kind), [points, kind])
  const series = [
    { name: 'value', label: seriesLabel, color, stackId: 'one' },
    ...(model.hasPartial ? [{ name: 'soFar', label: t('chart.soFarToday'), color: 'brand.2', stackId: 'one' }] : []),
  ]
  // The name goes on a figure around the chart: on Mantine's own root (a plain div) aria-label is not allowed.
  return (
    <figure aria-label={rest['aria-label']} style={{ margin: 0 }}>
      <MantineBarChart
        h={height}
        data={model.data}
        dataKey="label"
        series={series}
        type="stacked"
        withLegend={model.hasPartial}
        legendProps={{ verticalAlign: 'top', height: 28 }}
        valueFormatter={model.formatValue}
        yAxisProps={{
          ticks: model.ticks,
          domain: [0, model.ticks.at(-1) ?? 1],
          tickFormatter: model.formatTick,
          width: 72,
          allowDecimals: true,
        }}
        xAxisProps={{ minTickGap: 16 }}
        gridAxis="x"
        tickLine="none"
        maxBarWidth={26}
        barProps={(s) =>
          s.name === 'soFar'
            ? { radius: [4, 4, 0, 0], stroke: 'var(--mantine-color-brand-6)', strokeDasharray: '4 3', strokeWidth: 1.5 }
            : { radius: [4, 4, 0, 0] }
        }
        tooltipAnimationDuration={120}
      />
    </figure>
  )
}
