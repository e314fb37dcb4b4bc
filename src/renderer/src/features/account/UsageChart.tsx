import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { formatShortDate } from '@renderer/lib/format'
import type { UsageDay } from '@shared/domain/account'
import { formatBytes, unitBytes } from '@shared/traffic'
import { chartUnit, formatAxisValue } from './usage'

/** Daily usage bars. Lazy-loaded: recharts is most of the app's weight and only this card needs it. */
export default function UsageChart({ days, height }: { days: UsageDay[]; height: number }) {
  // Plotted in the unit that suits the biggest day, so the axis gets round ticks like "0.5 GB" or "250 MB".
  const unit = chartUnit(Math.max(0, ...days.map((day) => day.usedBytes)))
  const data = days.map((day) => ({ label: formatShortDate(day.date), used: day.usedBytes / unitBytes[unit] }))
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="label"
      series={[{ name: 'used', label: 'Used', color: 'brand.5' }]}
      valueFormatter={(value) => formatBytes(value * unitBytes[unit])}
      yAxisProps={{ tickFormatter: (value: number) => formatAxisValue(value, unit), width: 72 }}
      xAxisProps={{ minTickGap: 16 }}
      gridAxis="x"
      tickLine="none"
      maxBarWidth={26}
      barProps={{ radius: [4, 4, 0, 0] }}
      tooltipAnimationDuration={120}
      aria-label="Daily traffic usage chart"
    />
  )
}
