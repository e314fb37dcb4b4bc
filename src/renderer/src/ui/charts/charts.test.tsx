import { renderView } from '@renderer/test-utils/render'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { BarChart, TimeSeriesChart } from './index'

// recharts cannot measure in jsdom: this stand-in prints what the chart would show (axis ticks, legend, tooltips).
vi.mock('@mantine/charts', () => {
  type Props = {
    data: Record<string, unknown>[]
    dataKey: string
    series: { name: string; label?: string }[]
    withLegend?: boolean
    valueFormatter: (value: number) => string
    yAxisProps: { ticks: number[]; tickFormatter: (value: number) => string }
    'aria-label': string
  }
  const Chart = ({ data, dataKey, series, withLegend, valueFormatter, yAxisProps, ...rest }: Props) => (
    <figure aria-label={rest['aria-label']}>
      <p>{`Axis: ${yAxisProps.ticks.map(yAxisProps.tickFormatter).join(' / ')}`}</p>
      {withLegend ? <p>{`Legend: ${series.map((s) => s.label).join(', ')}`}</p> : null}
      <ul>
        {data.map((row) => (
          <li key={String(row[dataKey])}>
            {series
              .filter((s) => row[s.name] !== null && row[s.name] !== undefined)
              .map((s) => `${String(row[dataKey])} · ${s.label}: ${valueFormatter(Number(row[s.name]))}`)
              .join(' | ')}
          </li>
        ))}
      </ul>
    </figure>
  )
  return { BarChart: Chart, LineChart: Chart }
})

const GB = 1024 ** 3
const days = [
  { label: 'Nov 29', value: 0.95 * GB },
  { label: 'Nov 30', value: 2.85 * GB },
  { label: 'Dec 1', value: 0.4 * GB, partial: true },
]

describe('charts', () => {
  it('bars: round ticks in one unit, tooltips in it, today marked "so far"', async () => {
    renderView(<BarChart points={days} kind="bytes" seriesLabel="Used" height={200} aria-label="Daily usage" />)
    const chart = await screen.findByRole('figure', { name: 'Daily usage' })
    expect(chart).toHaveTextContent('Axis: 0 GB / 1 GB / 2 GB / 3 GB')
    expect(chart).toHaveTextContent('Legend: Used, Today so far')
    expect(screen.getByText('Nov 30 · Used: 2.85 GB')).toBeInTheDocument()
    expect(screen.getByText('Dec 1 · Today so far: 0.40 GB')).toBeInTheDocument()
  })

  it('bars without a partial day need no legend', async () => {
    renderView(
      <BarChart points={days.slice(0, 2)} kind="bytes" seriesLabel="Used" height={200} aria-label="Daily usage" />,
    )
    const chart = await screen.findByRole('figure', { name: 'Daily usage' })
    expect(chart).not.toHaveTextContent('Legend')
  })

  it('time series: the running period continues from the last complete point as "So far"', async () => {
    renderView(
      <TimeSeriesChart points={days} kind="bytes" seriesLabel="Used" height={200} aria-label="Usage over time" />,
    )
    await screen.findByRole('figure', { name: 'Usage over time' })
    expect(screen.getByText('Nov 30 · Used: 2.85 GB | Nov 30 · So far: 2.85 GB')).toBeInTheDocument()
    expect(screen.getByText('Dec 1 · So far: 0.40 GB')).toBeInTheDocument()
  })
})
