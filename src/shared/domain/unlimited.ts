import { z } from 'zod'
import { proxyUsername } from './proxy-users'

/** A dedicated unlimited-traffic proxy server. */
export interface UnlimitedServer {
  /** Host name, e.g. "abcd1234.proxy.thordata.net"; the restart call names the server by it. */
  planName: string
  /** Instance ID, used by the monitor, renewal and upgrade calls. */
  insId: string
  orderId: string | null
  /** Needed by the monitor; only newer API versions send it. */
  region: string | null
  /** Machine size as Thordata words it, e.g. "8vCPU 16GiB". */
  machine: string | null
  /** e.g. "300Mbps" */
  bandwidth: string | null
  /** Thordata's status text as sent (its docs show only "Turn on"). */
  statusText: string
  running: boolean
  /** ISO date-times. */
  purchasedAt: string | null
  expiresAt: string | null
}

export interface MetricPoint {
  /** ISO date-time */
  at: string
  value: number
}

/** Thordata does not state the units; its examples suggest percent, connections and Mbps. */
export interface ServerMonitor {
  cpu: MetricPoint[]
  memory: MetricPoint[]
  tcpConnections: MetricPoint[]
  wanIn: MetricPoint[]
  wanOut: MetricPoint[]
}

/**
 * The load-balancing machine in front of a server (reference §7.6). Thordata's docs name only
 * `client_connection_count` and `client_in_traffic`, so every series the reply holds is kept under its own name.
 */
export interface BalancerMonitor {
  series: { name: string; points: MetricPoint[] }[]
}

/** The server list; `skipped` counts rows Thordata sent that could not be read (the UI says so). */
export interface UnlimitedServerList {
  servers: UnlimitedServer[]
  skipped: number
}

/**
 * What a renewal or upgrade charged. The envelope's code 200 is the success; the details are extras that the SDKs
 * do not require (their tests answer `{"plan_name": …}` or `{}`): null means "not returned", never a failure.
 */
export interface UnlimitedOrder {
  orderId: string | null
  /** Taken from the wallet; Thordata does not state the currency. */
  amount: number | null
}

/** Renewal periods, by Thordata's `package_id`. */
export const renewalPackages = [
  { id: 27, days: 1 },
  { id: 6, days: 7 },
  { id: 8, days: 30 },
  { id: 7, days: 60 },
] as const
export type RenewalPackageId = (typeof renewalPackages)[number]['id']

/** Upgrade bandwidths, by Thordata's `bw_id`. */
export const bandwidthOptions = [
  { id: 1, mbps: 200 },
  { id: 2, mbps: 300 },
  { id: 3, mbps: 400 },
  { id: 4, mbps: 500 },
  { id: 5, mbps: 600 },
  { id: 6, mbps: 700 },
  { id: 7, mbps: 800 },
  { id: 8, mbps: 900 },
  { id: 9, mbps: 1000 },
] as const
export type BandwidthId = (typeof bandwidthOptions)[number]['id']

/** Upgrade machines, by Thordata's `sv_id` (there is no 1). */
export const machineOptions = [
  { id: 5, vcpu: 8, memoryGib: 16 },
  { id: 2, vcpu: 16, memoryGib: 32 },
  { id: 3, vcpu: 32, memoryGib: 64 },
  { id: 4, vcpu: 64, memoryGib: 128 },
] as const
export type MachineId = (typeof machineOptions)[number]['id']

/** Sampling intervals the monitor accepts, in seconds. */
export const monitorPeriods = [60, 300, 3600, 86400] as const
export type MonitorPeriod = (typeof monitorPeriods)[number]

const oneOf = <T extends number>(ids: readonly T[], message: string) =>
  z.number().refine((v): v is T => (ids as readonly number[]).includes(v), message)

const insId = z.string().trim().min(1, 'validation:unlimited.server')
const isoDateTime = z.iso.datetime({ offset: true, error: 'validation:dates.dateTime' })

export const restartServerInput = z.object({ planName: z.string().trim().min(1, 'validation:unlimited.server') })
export type RestartServerInput = z.infer<typeof restartServerInput>

export const serverMonitorInput = z
  .object({
    insId,
    /** Sent when the server list has one; older docs (§7.3 [doc-B]) take no region at all. */
    region: z.string().trim().min(1, 'validation:unlimited.region').optional(),
    from: isoDateTime,
    to: isoDateTime,
    period: oneOf(monitorPeriods, 'validation:unlimited.period').default(300),
  })
  .refine((r) => Date.parse(r.from) < Date.parse(r.to), {
    message: 'validation:dates.startBeforeEndTime',
    path: ['from'],
  })
export type ServerMonitorInput = z.input<typeof serverMonitorInput>

export const renewServerInput = z.object({
  insId,
  packageId: oneOf(
    renewalPackages.map((p) => p.id),
    'validation:unlimited.renewal',
  ),
})
export type RenewServerInput = z.infer<typeof renewServerInput>

export const upgradeServerInput = z.object({
  insId,
  bandwidthId: oneOf(
    bandwidthOptions.map((o) => o.id),
    'validation:unlimited.bandwidth',
  ),
  machineId: oneOf(
    machineOptions.map((o) => o.id),
    'validation:unlimited.machine',
  ),
})
export type UpgradeServerInput = z.infer<typeof upgradeServerInput>

/** A proxy user allowed on an unlimited server (reference §7.7). */
export interface BoundUser {
  username: string
  /** ISO date-time */
  boundAt: string | null
}

export interface BoundUserList {
  /** The server as Thordata named it back (its domain), and its IP when sent. */
  domain: string | null
  ip: string | null
  users: BoundUser[]
}

/** `server`: the server's domain (its plan name) or IP, which is how §7.7 names it. */
export const boundUsersInput = z.object({ server: z.string().trim().min(1, 'validation:unlimited.server') })
export type BoundUsersInput = z.infer<typeof boundUsersInput>

export const bindUserInput = boundUsersInput.extend({ username: proxyUsername })
export type BindUserInput = z.infer<typeof bindUserInput>
