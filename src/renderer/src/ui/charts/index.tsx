import { Skeleton } from '@mantine/core'
import { afterFirstPaint } from '@renderer/lib/first-paint'
import { lazy, Suspense } from 'react'
import type { BarChartProps } from './BarChart'
import type { TimeSeriesChartProps } from './TimeSeriesChart'

export type { BarChartProps } from './BarChart'
export type { TimeSeriesChartProps } from './TimeSeriesChart'

// recharts is most of the app's weight: the charts load on first use, never with the entry bundle.
const loadBar = () => import('./BarChart')
const loadTimeSeries = () => import('./TimeSeriesChart')
const LazyBar = lazy(loadBar)
const LazyTimeSeries = lazy(loadTimeSeries)

/**
 * Starts fetching the chart code early (e.g. when a tab opens, alongside its data), but after the window's first
 * figures are painted: evaluating recharts would hold them up. A chart shown before then loads at once.
 */
export function preloadCharts(): void {
  void afterFirstPaint().then(() => {
    void loadBar()
    void loadTimeSeries()
  })
}

/** Daily (or any categorical) bars; a skeleton of the same height until the chart code has loaded. */
export function BarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<Skeleton h={props.height} />}>
      <LazyBar {...props} />
    </Suspense>
  )
}

/** A line over time; a skeleton of the same height until the chart code has loaded. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  return (
    <Suspense fallback={<Skeleton h={props.height} />}>
      <LazyTimeSeries {...props} />
    </Suspense>
  )
}
