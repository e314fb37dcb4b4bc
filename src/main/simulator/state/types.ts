import type { ApiCredentials } from '../../credentials/types'

/**
 * Everything the simulated account holds. Plain data only (no classes, no Maps), so `GET /__control/state`
 * is a JSON.stringify away and tests can read and arrange any of it directly.
 * Instants are epoch milliseconds unless the name says otherwise; day-only dates are yyyy-mm-dd strings.
 */
export interface SimState {
  credentials: ApiCredentials
  /** The caller's public IP as the simulator sees it: /whoami answers it and the extract links check it (117). */
  publicIp: string
  /** Residential traffic left, MB (reference §2.1). usage-statistics reports the same amount × 1024 as KB. */
  trafficBalanceMb: number
  /**
   * Unit /account/traffic-balance answers in. Unset: MB, as documented; 'KB' plays the SDK spec's reading, so tests
   * can prove the app's automatic unit check (src/main/thordata/balance-unit.ts) follows it.
   */
  balanceEndpointUnit?: 'MB' | 'KB'
  /** yyyy-mm-dd */
  trafficExpiresOn: string
  walletBalance: number
  /** Usage history is recorded up to this instant; later days read as 0 (the seed time). */
  usageRecordedUntil: number
  /** Master account, one row per day, ascending. */
  accountUsage: DailyUsage[]
  proxyUsers: Record<UserProxyType, SimProxyUser[]>
  proxyUserLimits: Record<UserProxyType, number>
  whitelist: Record<WhitelistProxyType, WhitelistEntry[]>
  whitelistLimits: Record<WhitelistProxyType, number>
  /** 1 = ISP, 2 = Datacenter (reference §6). */
  staticProxies: Record<StaticProxyType, StaticProxy[]>
  servers: UnlimitedServer[]
  cdks: SimCdk[]
  /** When each extract link last handed out proxies (for 111, "request again in 2 seconds"). */
  lastExtractAt: { residential: number | null; unlimited: number | null }
  /** Next number for `Thor…` order ids (renew, upgrade). */
  nextOrderNumber: number
}

/** proxy_type on the location and proxy-user endpoints: 1 residential, 2 unlimited, 3 mobile (newer crawls). */
export type UserProxyType = 1 | 2 | 3
/** proxy_type on the whitelist endpoints: 1 residential, 2 unlimited, 9 mobile. */
export type WhitelistProxyType = 1 | 2 | 9
export type StaticProxyType = 1 | 2

export interface DailyUsage {
  date: string
  kb: number
}

export interface SimProxyUser {
  username: string
  password: string
  enabled: boolean
  /** MB; 0 = no cap. */
  trafficLimitMb: number
  createdOn: string
  /** Ascending by date. */
  usage: DailyUsage[]
}

export interface WhitelistEntry {
  ip: string
  enabled: boolean
  createdOn: string
}

export interface StaticProxy {
  ip: string
  port: number
  username: string
  password: string
  /** ISO code, as the reference example shows ("US"). */
  country: string
  city: string
  purchasedAt: number
  expiresAt: number
}

export interface BoundUser {
  username: string
  boundAt: number
}

export interface UnlimitedServer {
  insId: string
  /** e.g. ntqx59qg.proxy.thordata.net; the part before the first dot is the id the extract link's `servers` takes. */
  planName: string
  orderId: string
  region: string
  /** The server's entry IP: extract links hand out this IP with different ports. */
  ip: string
  /** Machine size, upgrade `sv_id` (see state/plans.ts). */
  svId: number
  /** Bandwidth, upgrade `bw_id`. */
  bwId: number
  purchasedAt: number
  expiresAt: number
  /** Set by restart: the server reads "Restarting" until then. */
  restartingUntil: number | null
  /** Sub-users allowed on this server (reference §7.7). */
  boundUsers: BoundUser[]
}

export type CdkStatus = 1 | 2 | 3

export interface SimCdk {
  cdk: string
  /** 1 unused, 2 used, 3 revoked. */
  status: CdkStatus
  /** Unix seconds. */
  createdAt: number
  /** GB of traffic in the code. */
  trafficGb: number
  /** Seconds the redeemed traffic stays valid. */
  durationSeconds: number
  usedBy: string
  /** Unix seconds, 0 while unused. */
  usedAt: number
}
