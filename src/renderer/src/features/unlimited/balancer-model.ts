import type { BalancerMonitor, MetricPoint } from '@shared/domain/unlimited'
import type { MetricUnit } from './monitor-model'

/**
 * The two series the reference captured for the load balancer (§7.6), with the units inferred from their names:
 * Thordata states none. Their catalog labels live under `unlimited:balancer.metrics`.
 */
export const knownBalancerSeries = {
  client_connection_count: { unit: 'connections', digits: 0, color: 'teal.6' },
  client_in_traffic: { unit: 'mbps', digits: 2, color: 'blue.5' },
} as const satisfies Record<string, { unit: MetricUnit; digits: number; color: string }>
export type KnownBalancerSeries = keyof typeof knownBalancerSeries

const otherColors = ['violet.5', 'orange.6', 'grape.5', 'cyan.6', 'pink.5']

export interface BalancerChart {
  /** Thordata's name for the series. */
  name: string
  /** Set for a series this app knows; an unknown one is shown under its raw name, without a unit. */
  known: KnownBalancerSeries | null
  unit: MetricUnit | null
  digits: number
  color: string
  points: MetricPoint[]
}

const isKnown = (name: string): name is KnownBalancerSeries => Object.hasOwn(knownBalancerSeries, name)

/** Known series first, in their own order, then the others in the order Thordata sent them. */
export function balancerCharts(monitor: BalancerMonitor): BalancerChart[] {
  const known = Object.keys(knownBalancerSeries).flatMap((name) => monitor.series.filter((s) => s.name === name))
  const others = monitor.series.filter((s) => !isKnown(s.name))
  return [
    ...known.map((s) => {
      const spec = knownBalancerSeries[s.name as KnownBalancerSeries]
      return { ...s, known: s.name as KnownBalancerSeries, unit: spec.unit, digits: spec.digits, color: spec.color }
    }),
    ...others.map((s, i) => ({
      ...s,
      known: null,
      unit: null,
      digits: 2,
      color: otherColors[i % otherColors.length],
    })),
  ]
}

export const isEmptyBalancer = (monitor: BalancerMonitor) => monitor.series.every((s) => s.points.length === 0)

/** Whether the reply holds a series this app has no label for (the view then says how it shows them). */
export const hasUnknownSeries = (monitor: BalancerMonitor) => monitor.series.some((s) => !isKnown(s.name))
