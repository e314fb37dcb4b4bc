import type { Params } from '../http/params'
import type { Route, SimContext } from '../http/route'
import { fail } from '../http/sim-error'
import {
  BALANCING_METRICS,
  type BalancingMetric,
  MONITOR_METRICS,
  type MonitorMetric,
  metricValue,
  sampleTimes,
} from '../state/monitor-series'
import type { UnlimitedServer } from '../state/types'
import { toUnixSeconds } from '../time'
import { serverByInsId } from './common'

/** A week of minutes: longer windows need a longer period. */
const MAX_POINTS = 10_080

interface Series {
  times: number[]
  values: number[]
}

interface Window {
  server: UnlimitedServer
  times: number[]
}

/**
 * [doc-C] sends `region` and [doc-B] does not, so it is optional; when sent it must be the server's own.
 * start_time/end_time are unix seconds; period is 60, 300 (default), 3600 or 86400.
 */
function monitorWindow(ctx: SimContext, params: Params): Window {
  const server = serverByInsId(ctx.state, params.required('ins_id'))
  const region = params.optional('region')
  if (region !== undefined && region !== server.region) {
    throw fail(10000, `${server.insId} is in ${server.region}, not ${region}`)
  }
  const start = params.integer('start_time')
  const end = params.integer('end_time')
  if (end < start) throw fail(10000, 'end_time is before start_time')
  const period = params.optional('period') === undefined ? 300 : params.oneOf('period', [60, 300, 3600, 86400] as const)
  if ((end - start) / period > MAX_POINTS) {
    throw fail(10000, 'too many points; choose a longer period or a shorter window')
  }
  return { server, times: sampleTimes(start, end, period, toUnixSeconds(ctx.now())) }
}

function series(window: Window, metrics: readonly (MonitorMetric | BalancingMetric)[]): Record<string, Series> {
  return Object.fromEntries(
    metrics.map((metric) => [
      metric,
      { times: window.times, values: window.times.map((t) => metricValue(window.server, metric, t)) },
    ]),
  )
}

/** Reference §7.3 and §7.6 (the latter in its own status_code/payload envelope). */
export const unlimitedMonitorRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/unlimited/server-monitor',
    handle: (ctx, params) => series(monitorWindow(ctx, params), MONITOR_METRICS),
  },
  {
    method: 'GET',
    path: '/api/unlimited/balancing-monitor',
    envelope: 'balancing',
    handle: (ctx, params) => series(monitorWindow(ctx, params), BALANCING_METRICS),
  },
]
