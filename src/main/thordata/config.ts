import type { AppSettings } from '@shared/domain/settings'
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
}

export const DEFAULT_EXTRACT_BASE_URL = 'https://get-ip.thordata.net'
export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_GET_RETRIES = 2

export const defaultThordataConfig: ThordataConfig = {
  baseUrls: [defaultSettings.apiBaseUrl, defaultSettings.fallbackApiBaseUrl],
  extractBaseUrl: DEFAULT_EXTRACT_BASE_URL,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  balanceUnit: defaultSettings.balanceUnit,
  usageUnit: defaultSettings.usageUnit,
  userTrafficUnit: 'MB',
  cdkUnit: 'GB',
  maxGetRetries: DEFAULT_MAX_GET_RETRIES,
}

type ApiSettings = Pick<AppSettings, 'apiBaseUrl' | 'fallbackApiBaseUrl' | 'balanceUnit' | 'usageUnit'>

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
    balanceUnit: settings.balanceUnit,
    usageUnit: settings.usageUnit,
    ...overrides,
  }
}
