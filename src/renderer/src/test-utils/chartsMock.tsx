import type { BarChartProps } from '@mantine/charts'

/**
 * Stands in for @mantine/charts in jsdom (recharts cannot measure there). It renders what the chart would
 * show as text: each bar's tooltip value and the y-axis reading of the largest bar.
 */
export function BarChart({ data, dataKey, series, valueFormatter, yAxisProps, ...rest }: BarChartProps) {
  const key = series[0].name
  const max = Math.max(0, ...data.map((point) => Number(point[key])))
  const tick = yAxisProps?.tickFormatter as ((value: number, index: number) => string) | undefined
  return (
    <figure aria-label={rest['aria-label']}>
      <figcaption>Axis top: {tick ? tick(max, 0) : max}</figcaption>
      <ul>
        {data.map((point) => (
          <li key={String(point[dataKey])}>
            {String(point[dataKey])}: {valueFormatter ? valueFormatter(Number(point[key])) : point[key]}
          </li>
        ))}
      </ul>
    </figure>
  )
}
