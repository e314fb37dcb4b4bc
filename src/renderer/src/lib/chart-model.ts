import { formatIn, formatNumber, unitToBytes } from './format'
import { byteAxis, numberAxis } from './ticks'

/** What a chart plots: traffic in bytes, or a plain count (requests, users). */
export type ChartKind = 'bytes' | 'count'

export interface ChartPoint {
  /** The x-axis label, already formatted ("Mar 3"). */
  label: string
  /** In bytes for 'bytes', as is for 'count'. */
  value: number
  /** A value still growing (today's usage): drawn as "so far", not read as a drop. */
  partial?: boolean
}

/** The data, ticks and formatters a chart needs, all in one unit per axis. */
export interface ChartModel {
  /** One row per point: `value` for complete points, `soFar` for partial ones (the other is null). */
  data: { label: string; value: number | null; soFar: number | null }[]
  /** The y-axis ticks, in the plotted unit; the axis runs from the first to the last. */
  ticks: number[]
  /** An axis reading: "2 GB", "1,500". */
  formatTick: (plotted: number) => string
  /** A tooltip reading, in the axis's unit at its fixed precision: "1.06 GB". */
  formatValue: (plotted: number) => string
  hasPartial: boolean
}

export function chartModel(points: readonly ChartPoint[], kind: ChartKind, maxIntervals = 4): ChartModel {
  const values = points.map((point) => point.value)
  const hasPartial = points.some((point) => point.partial)
  const row = (label: string, plotted: number, partial?: boolean) => ({
    label,
    value: partial ? null : plotted,
    soFar: partial ? plotted : null,
  })
  if (kind === 'count') {
    const axis = numberAxis(values, maxIntervals)
    return {
      data: points.map((point) => row(point.label, point.value, point.partial)),
      ticks: axis.ticks,
      formatTick: axis.formatTick,
      formatValue: (plotted) => formatNumber(plotted),
      hasPartial,
    }
  }
  const axis = byteAxis(values, maxIntervals)
  const scale = unitToBytes(1, axis.unit)
  return {
    data: points.map((point) => row(point.label, point.value / scale, point.partial)),
    ticks: axis.ticks,
    formatTick: axis.formatTick,
    formatValue: (plotted) => formatIn(plotted * scale, axis.unit),
    hasPartial,
  }
}

/** Marks the point for `today` (yyyy-mm-dd) as partial: its day is not over. */
export function markToday<T extends { date: string }>(days: readonly T[], today: string): (T & { partial: boolean })[] {
  return days.map((day) => ({ ...day, partial: day.date === today }))
}
