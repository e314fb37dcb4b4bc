import type {
  BalancerMonitor,
  MetricPoint,
  RenewServerInput,
  RestartServerInput,
  ServerMonitor,
  ServerMonitorInput,
  UnlimitedOrder,
  UnlimitedServer,
  UnlimitedServerList,
  UpgradeServerInput,
} from '@shared/domain/unlimited'
import { withUnlimitedWording } from './errors'
import { Fields, isRow, listIn, malformed, readRows, toNumber, toText, unixToIso } from './parse'
import type { Transport } from './transport'

/** Thordata's docs only show "Turn on"; a restart or an expiry reads differently. */
const runningStatus = /^(turn on|on|running|normal|active)$/i

export function parseServer(row: unknown): UnlimitedServer {
  const f = new Fields(row, 'unlimited server')
  const statusText = f.optText('status') ?? ''
  return {
    planName: f.text('plan_name'),
    insId: f.text('ins_id'),
    orderId: f.optText('order_id'),
    region: f.optText('region'),
    machine: f.optText('server'),
    bandwidth: f.optText('bandwidth'),
    statusText,
    running: runningStatus.test(statusText.trim()),
    purchasedAt: f.dateTime('purchase_time'),
    expiresAt: f.dateTime('expiration_time'),
  }
}

/** A row without `plan_name` or `ins_id` (the Python SDK's tests send `{ip, port}`) is skipped and counted. */
export function parseServerList(data: unknown): UnlimitedServerList {
  const { rows, skipped } = readRows(listIn(data, 'unlimited servers'), parseServer)
  return { servers: rows, skipped }
}

function parseSeries(data: Record<string, unknown>, name: string, what = 'server monitor'): MetricPoint[] {
  const series = data[name]
  if (series === undefined || series === null) return []
  if (!isRow(series) || !Array.isArray(series.times) || !Array.isArray(series.values)) {
    throw malformed(`${what}: ${name} is not a times/values series`)
  }
  const values = series.values
  const points: MetricPoint[] = []
  series.times.forEach((time, i) => {
    const at = unixToIso(time)
    const value = toNumber(values[i])
    if (at !== null && value !== null) points.push({ at, value })
  })
  return points
}

export function parseMonitor(data: unknown): ServerMonitor {
  if (!isRow(data)) throw malformed('server monitor: not an object')
  return {
    cpu: parseSeries(data, 'CpuUsage'),
    memory: parseSeries(data, 'MemUsage'),
    tcpConnections: parseSeries(data, 'TcpCurrEstab'),
    wanIn: parseSeries(data, 'WanIntraffic'),
    wanOut: parseSeries(data, 'WanOuttraffic'),
  }
}

/** A value that means to be a series: an object with `times` or `values`. Anything else beside them is skipped. */
const looksLikeSeries = (value: unknown) => isRow(value) && ('times' in value || 'values' in value)

/**
 * Every series in the balancer's `payload`, in the order sent and under the name sent: the docs captured only two
 * names, so none is required and an unknown one is kept. A series missing `times` or `values` is malformed.
 */
export function parseBalancerMonitor(data: unknown): BalancerMonitor {
  if (data === null || data === undefined) return { series: [] }
  if (!isRow(data)) throw malformed('load-balancer monitor: not an object')
  const names = Object.keys(data).filter((name) => looksLikeSeries(data[name]))
  return { series: names.map((name) => ({ name, points: parseSeries(data, name, 'load-balancer monitor') })) }
}

/**
 * The reply to a paid action. Code 200 already said it succeeded, so nothing here may throw: a missing or odd
 * `order_id` / `order_money` reads as null ("not returned"). An error here would offer "Try again" and buy twice.
 */
export function parseOrder(data: unknown): UnlimitedOrder {
  const row = isRow(data) ? data : {}
  const orderId = toText(row.order_id)?.trim() || null
  return { orderId, amount: toNumber(row.order_money) }
}

const unixSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)

const monitorParams = (input: ServerMonitorInput) => ({
  ins_id: input.insId,
  region: input.region,
  start_time: unixSeconds(input.from),
  end_time: unixSeconds(input.to),
  period: input.period ?? 300,
})

export function createUnlimitedApi(transport: Transport) {
  return {
    async list(): Promise<UnlimitedServerList> {
      return parseServerList(await transport.get('/unlimited/server-list'))
    },

    async restart(input: RestartServerInput): Promise<void> {
      await withUnlimitedWording('server', () =>
        transport.post('/unlimited/restart-server', { plan_name: input.planName }),
      )
    },

    /** Follows the newer docs: every parameter in the query, `region` included. */
    async monitor(input: ServerMonitorInput): Promise<ServerMonitor> {
      const data = await withUnlimitedWording('server', () =>
        transport.get('/unlimited/server-monitor', monitorParams(input)),
      )
      return parseMonitor(data)
    },

    /** §7.6: the same parameters as the server monitor; the reply comes in a `{status_code, payload}` envelope. */
    async balancingMonitor(input: ServerMonitorInput): Promise<BalancerMonitor> {
      const data = await withUnlimitedWording('server', () =>
        transport.get('/unlimited/balancing-monitor', monitorParams(input), { envelope: 'balancing' }),
      )
      return parseBalancerMonitor(data)
    },

    /** Spends wallet money. Sent once; never retried. */
    async renew(input: RenewServerInput): Promise<UnlimitedOrder> {
      const data = await withUnlimitedWording('renewal', () =>
        transport.post('/unlimited/renew', { ins_id: input.insId, package_id: input.packageId }),
      )
      return parseOrder(data)
    },

    /** Spends wallet money. Sent once; never retried. */
    async upgrade(input: UpgradeServerInput): Promise<UnlimitedOrder> {
      const data = await withUnlimitedWording('order', () =>
        transport.post('/unlimited/upgrade', { ins_id: input.insId, bw_id: input.bandwidthId, sv_id: input.machineId }),
      )
      return parseOrder(data)
    },
  }
}
