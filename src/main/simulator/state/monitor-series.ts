import { bandwidthMbps } from './plans'
import { hashUnit } from './prng'
import type { UnlimitedServer } from './types'

export const MONITOR_METRICS = ['CpuUsage', 'MemUsage', 'TcpCurrEstab', 'WanIntraffic', 'WanOuttraffic'] as const
export type MonitorMetric = (typeof MONITOR_METRICS)[number]

export const BALANCING_METRICS = ['client_connection_count', 'client_in_traffic'] as const
export type BalancingMetric = (typeof BALANCING_METRICS)[number]

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits

/** Busiest mid-afternoon UTC, quietest before dawn: 0..1. */
function daily(unixSeconds: number): number {
  const hour = (unixSeconds % 86_400) / 3600
  return 0.5 + 0.5 * Math.sin((2 * Math.PI * (hour - 9)) / 24)
}

/** More bound sub-users, more load: 0.25..0.85. */
const loadOf = (server: UnlimitedServer): number => Math.min(0.85, 0.25 + 0.15 * server.boundUsers.length)

/**
 * A metric's value at one instant. A pure function of server, metric and time, so any window at any period
 * shows the same history; zero outside the time the server ran (before purchase, after expiry).
 */
export function metricValue(
  server: UnlimitedServer,
  metric: MonitorMetric | BalancingMetric,
  unixSeconds: number,
): number {
  const ms = unixSeconds * 1000
  if (ms < server.purchasedAt || ms >= server.expiresAt) return 0
  const load = loadOf(server)
  const day = daily(unixSeconds)
  const noise = (salt: string): number => hashUnit(server.insId, metric, salt, unixSeconds)
  const wanIn = (bandwidthMbps(server.bwId) ?? 200) * load * (0.15 + 0.6 * day) * (0.8 + 0.4 * noise('in'))
  switch (metric) {
    case 'CpuUsage':
      return round(4 + 55 * load * day * (0.8 + 0.4 * noise('a')) + 2 * noise('b'), 1)
    case 'MemUsage':
      return round(18 + 22 * load + 8 * load * day + 2 * noise('a'), 1)
    case 'TcpCurrEstab':
      return Math.round(40 + 1800 * load * day * (0.7 + 0.6 * noise('a')))
    case 'WanIntraffic':
      return round(wanIn, 3)
    case 'WanOuttraffic':
      return round(wanIn * (0.05 + 0.05 * noise('a')), 3)
    case 'client_connection_count':
      return Math.round(25 + 1100 * load * day * (0.7 + 0.6 * noise('a')))
    case 'client_in_traffic':
      return round(wanIn * 0.92, 3)
  }
}

/** Sample instants: multiples of `period` inside [start, end], never past `now` (all unix seconds). */
export function sampleTimes(start: number, end: number, period: number, now: number): number[] {
  const times: number[] = []
  const last = Math.min(end, now)
  for (let t = Math.ceil(start / period) * period; t <= last; t += period) times.push(t)
  return times
}
