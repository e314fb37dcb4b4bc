import { DOCUMENTED_BALANCE_UNIT } from '@shared/domain/balance-unit'
import { CDK_TRAFFIC_UNIT } from '@shared/domain/cdk'
import type { ApiSection, AppSettings, SectionHosts } from '@shared/domain/settings'
import { defaultSettings } from '@shared/domain/settings'
import type { TrafficUnit } from '@shared/traffic'

/**
 * Everything about Thordata that the docs leave in doubt (hosts, units) or that differs between the real API,
 * demo mode and tests. The client reads it through a function on every call, so a settings change or a switch
 * to demo mode takes effect on the next request.
 */
export interface ThordataConfig {
  /** Primary first, then fallbacks. A GET that cannot reach one host moves on to the next. */
  baseUrls: string[]
  /** Host of the extract links (`/api`, `/unlimited_api`). */
  extractBaseUrl: string
  timeoutMs: number
  /** Unit of `traffic_balance` on /account/traffic-balance (docs: MB, SDK spec: KB). */
  balanceUnit: TrafficUnit
  /** Unit of the usage-statistics figures, master account and per user (docs: kb). */
  usageUnit: TrafficUnit
  /** Unit of `traffic_limit` / `usage_traffic` on the proxy-user list, create and update calls (docs: MB). */
  userTrafficUnit: TrafficUnit
  /** Unit of a CDK's `flow` / `traffic`. Not documented; the examples suggest GB. */
  cdkUnit: TrafficUnit
  /** Extra attempts for a GET after the first one fails in a retryable way. POSTs are never retried. */
  maxGetRetries: number
  /** Per section, whether `baseUrls[0]` or `baseUrls[1]` goes first (see `basesFor`). */
  sectionHosts: SectionHosts
  /** One GET, all its attempts, waits and hosts included, fails after this long. */
  deadlineMs: number
  /** A reply body longer than this is not read (and not retried): see DEFAULT_MAX_RESPONSE_BYTES. */
  maxResponseBytes: number
}

export const DEFAULT_EXTRACT_BASE_URL = 'https://get-ip.thordata.net'
export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_GET_RETRIES = 2
export const DEFAULT_DEADLINE_MS = 30_000
/**
 * The biggest real list is a city list. 50,000 cities in the simulator's row format measure 7.3 MB as JSON
 * (7,272,943 bytes; 9,650,032 bytes if every row were as long as the longest one): 32 MiB leaves 3–4× room,
 * for pretty-printed JSON too, while a runaway body stops long before it costs hundreds of MB of memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

export const defaultThordataConfig: ThordataConfig = {
  baseUrls: [defaultSettings.apiBaseUrl, defaultSettings.fallbackApiBaseUrl],
  extractBaseUrl: DEFAULT_EXTRACT_BASE_URL,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  balanceUnit: DOCUMENTED_BALANCE_UNIT,
  usageUnit: defaultSettings.usageUnit,
  userTrafficUnit: 'MB',
  cdkUnit: CDK_TRAFFIC_UNIT,
  maxGetRetries: DEFAULT_MAX_GET_RETRIES,
  sectionHosts: defaultSettings.sectionHosts,
  deadlineMs: DEFAULT_DEADLINE_MS,
  maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
}

/** The one place that says which section a path belongs to; a path outside the table keeps the plain order. */
const sectionPrefixes: ReadonlyArray<readonly [string, ApiSection]> = [
  ['/account/', 'account'],
  ['/locations/', 'locations'],
  ['/proxy-users/', 'proxyUsers'],
  ['/whitelisted-ips/', 'whitelist'],
  ['/proxy/', 'proxies'],
  ['/unlimited/', 'unlimited'],
  // §7.7's sub-user calls sit beside the section's paths, not under them.
  ['/get_unlimited_servers_', 'unlimited'],
  ['/add_unlimited_servers_', 'unlimited'],
  ['/del_unlimited_servers_', 'unlimited'],
  ['/cdk/', 'cdk'],
]

export function sectionOf(path: string): ApiSection | null {
  return sectionPrefixes.find(([prefix]) => path.startsWith(prefix))?.[1] ?? null
}

/** The base URLs for one API path, in the order its section prefers. */
export function basesFor(config: Pick<ThordataConfig, 'baseUrls' | 'sectionHosts'>, path: string): string[] {
  const section = sectionOf(path)
  const [main, fallback, ...rest] = config.baseUrls
  if (section === null || fallback === undefined || config.sectionHosts[section] !== 'fallback') {
    return config.baseUrls
  }
  return [fallback, main, ...rest]
}

type ApiSettings = Pick<AppSettings, 'apiBaseUrl' | 'fallbackApiBaseUrl' | 'balanceUnit' | 'usageUnit'> &
  Partial<Pick<AppSettings, 'sectionHosts' | 'extractBaseUrl'>>

/** The config for the real API from the user's settings; demo mode and tests override hosts and timing. */
export function thordataConfigFromSettings(
  settings: ApiSettings,
  overrides: Partial<ThordataConfig> = {},
): ThordataConfig {
  const baseUrls = [settings.apiBaseUrl, settings.fallbackApiBaseUrl]
    .map((url) => url.trim())
    .filter((url, index, all) => url !== '' && all.indexOf(url) === index)
  return {
    ...defaultThordataConfig,
    baseUrls,
    // 'auto' reads as documented here; main's automatic check (balance-unit-service.ts) overrides it per account.
    balanceUnit: settings.balanceUnit === 'auto' ? DOCUMENTED_BALANCE_UNIT : settings.balanceUnit,
    usageUnit: settings.usageUnit,
    sectionHosts: { ...defaultSettings.sectionHosts, ...settings.sectionHosts },
    extractBaseUrl: settings.extractBaseUrl?.trim() || DEFAULT_EXTRACT_BASE_URL,
    ...overrides,
  }
}
