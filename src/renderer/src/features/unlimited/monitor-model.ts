import type { ChartPoint } from '@renderer/lib/chart-model'
import { formatClock, formatDateTime, formatNumber } from '@renderer/lib/format'
import { type MetricPoint, type MonitorPeriod, monitorPeriods, type ServerMonitor } from '@shared/domain/unlimited'

/** The windows the monitor offers, in seconds back from now. */
export const monitorWindows = {
  hour: 3_600,
  sixHours: 6 * 3_600,
  day: 86_400,
  week: 7 * 86_400,
  month: 30 * 86_400,
} as const
export type MonitorWindow = keyof typeof monitorWindows

/** More points than a chart has pixels helps no one; a day at one a minute is the finest view. */
export const MAX_POINTS = 1_440

export type PeriodFit = 'ok' | 'tooFine' | 'tooCoarse'

export function periodFit(span: MonitorWindow, period: MonitorPeriod): PeriodFit {
  const points = monitorWindows[span] / period
  if (points > MAX_POINTS) return 'tooFine'
  if (points < 2) return 'tooCoarse'
  return 'ok'
}

/** The period to keep when the window changes: the current one if it still fits, else the finest that does. */
export function periodFor(span: MonitorWindow, current: MonitorPeriod): MonitorPeriod {
  if (periodFit(span, current) === 'ok') return current
  return monitorPeriods.find((p) => periodFit(span, p) === 'ok') ?? 86_400
}

/** The request's from/to: the window ending at `now`, on whole minutes so a re-render asks the same thing. */
export function windowRange(span: MonitorWindow, now: number): { from: string; to: string } {
  const end = Math.floor(now / 60_000) * 60_000
  return { from: new Date(end - monitorWindows[span] * 1000).toISOString(), to: new Date(end).toISOString() }
}

export type MetricKey = keyof ServerMonitor
export type MetricUnit = 'percent' | 'connections' | 'mbps'

/** Units as the reference infers them from Thordata's examples (§7.3); Thordata does not state them. */
export const metrics: readonly { key: MetricKey; unit: MetricUnit; digits: number }[] = [
  { key: 'cpu', unit: 'percent', digits: 1 },
  { key: 'memory', unit: 'percent', digits: 1 },
  { key: 'tcpConnections', unit: 'connections', digits: 0 },
  { key: 'wanIn', unit: 'mbps', digits: 2 },
  { key: 'wanOut', unit: 'mbps', digits: 2 },
]

export type TimeLabel = (at: string) => string

/**
 * Times on the axis: clock times within a few hours, day and time beyond. One labeller serves all five metrics,
 * which share their times, so each time is formatted once (7,200 formats become 1,440 for a day at 60 s).
 */
export function timeLabeller(span: MonitorWindow): TimeLabel {
  const format = monitorWindows[span] <= monitorWindows.sixHours ? formatClock : formatDateTime
  const labels = new Map<string, string>()
  return (at) => {
    let label = labels.get(at)
    if (label === undefined) {
      label = format(Date.parse(at))
      labels.set(at, label)
    }
    return label
  }
}

export function monitorPoints(series: readonly MetricPoint[], label: TimeLabel): ChartPoint[] {
  return series.map((point) => ({ label: label(point.at), value: point.value }))
}

export interface MetricSummary {
  latest: number
  peak: number
}

export function summarize(series: readonly MetricPoint[]): MetricSummary | null {
  if (series.length === 0) return null
  let peak = series[0].value
  for (const point of series) if (point.value > peak) peak = point.value
  return { latest: series[series.length - 1].value, peak }
}

/** "4.2 %", "22 connections", "5.56 Mbps": `unitWord` is the catalog's word for the unit. */
export function formatMetric(value: number, digits: number, unitWord: string): string {
  return `${formatNumber(value, digits)} ${unitWord}`
}

export const isEmptyMonitor = (monitor: ServerMonitor) => metrics.every(({ key }) => monitor[key].length === 0)
