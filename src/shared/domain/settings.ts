import { z } from 'zod'
import { languagePreferences } from '../i18n/languages'
import { presetsSetting } from './presets'
import { DEFAULT_ACCELERATOR, globalShortcutSetting } from './shortcut'

/**
 * The settings a user can change. Each doubtful point of Thordata's API (host, units) is one setting here
 * with the documented default, so a wrong guess is a preference change, not a code change.
 */
export const trafficUnitSetting = z.enum(['B', 'KB', 'MB', 'GB'])
/** 'auto': main compares the balance with the usage report's copy and picks the unit (src/main/thordata/balance-unit.ts). */
export const balanceUnitSetting = z.enum(['auto', 'B', 'KB', 'MB', 'GB'])

const loopbackHosts = ['127.0.0.1', 'localhost', '[::1]']

function parseUrl(value: string): URL | null {
  try {
    const url = new URL(value)
    return url.username || url.password ? null : url
  } catch {
    return null
  }
}

/** https anywhere, or plain http to this machine only (a local mock or the simulator); never plain http across a network. */
export function isAllowedServiceUrl(value: string): boolean {
  const url = parseUrl(value)
  if (!url) return false
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.includes(url.hostname))
}

/**
 * The token and key travel with every API call, so the API host may only be Thordata's own (https) or this
 * machine (for a local mock): a changed setting can never send the key to somebody else's server.
 */
export function isAllowedApiUrl(value: string): boolean {
  const url = parseUrl(value)
  if (!url || !isAllowedServiceUrl(value)) return false
  return (
    loopbackHosts.includes(url.hostname) || url.hostname === 'thordata.com' || url.hostname.endsWith('.thordata.com')
  )
}

const apiHostUrl = z
  .string()
  .trim()
  .min(1, 'validation:url.thordataFull')
  .refine(isAllowedApiUrl, 'validation:url.thordataHttps')

/**
 * The API sections, each with its own host order: the docs and SDKs put some of them on `api.thordata.com` only
 * (reference §1.3, §12). Extract links have their own host and are not listed here.
 */
export const apiSections = ['account', 'locations', 'proxyUsers', 'whitelist', 'proxies', 'unlimited', 'cdk'] as const
export type ApiSection = (typeof apiSections)[number]

/** Which of the two addresses a section tries first: the API base URL ('main') or the fallback. */
export const hostPreference = z.enum(['main', 'fallback'])
export type HostPreference = z.infer<typeof hostPreference>

export const sectionHostsSetting = z.object(
  Object.fromEntries(apiSections.map((section) => [section, hostPreference])) as Record<
    ApiSection,
    typeof hostPreference
  >,
)
export type SectionHosts = z.infer<typeof sectionHostsSetting>

/** With the default addresses the fallback is api.thordata.com, where the docs and SDKs put whitelist and CDK. */
export const defaultSectionHosts: SectionHosts = {
  account: 'main',
  locations: 'main',
  proxyUsers: 'main',
  whitelist: 'fallback',
  proxies: 'main',
  unlimited: 'main',
  cdk: 'fallback',
}

const serviceUrl = z
  .string()
  .trim()
  .min(1, 'validation:url.serviceFull')
  .refine(isAllowedServiceUrl, 'validation:url.serviceHttps')

export const settingsSchema = z.object({
  apiBaseUrl: apiHostUrl,
  /** Tried when the main host cannot be reached (the docs name both hosts). Empty = none. */
  fallbackApiBaseUrl: z
    .string()
    .trim()
    .refine((u) => u === '' || isAllowedApiUrl(u), 'validation:url.thordataOrEmpty'),
  /** Unit of `traffic_balance` on /account/traffic-balance: the docs say MB, the SDK spec KB; 'auto' checks. */
  balanceUnit: balanceUnitSetting,
  /** Unit of the usage-statistics figures: the docs say kb. */
  usageUnit: trafficUnitSetting,
  /** Per API section, which address is tried first (the other one follows). */
  sectionHosts: sectionHostsSetting,
  /** Used by "Add my current IP": must answer with the caller's public IP as text or JSON {ip}. */
  publicIpUrl: serviceUrl,
  /** Host of the extract links (reference §8): https, or this machine for a local mock; it sees only the account name. */
  extractBaseUrl: serviceUrl,
  /** The proxy tester asks it through the proxy: must answer JSON with `ip` (and `country` when it knows it). */
  ipEchoUrl: serviceUrl,
  /** Tray warns when traffic left falls under this many GB. 0 = never. */
  lowBalanceGb: z.number().min(0).max(100_000),
  /** How often the tray's poller fetches the balance, in minutes. */
  trayRefreshMinutes: z.number().int().min(1).max(60),
  /** A system notification when the balance falls under `lowBalanceGb`. */
  notifications: z.boolean(),
  /** Warn when, at the recent daily use, the traffic runs out within this many days (src/shared/forecast.ts). 0 = never. */
  forecastWarningDays: z.number().int().min(0).max(365),
  /** Closing the window keeps the app running in the tray. */
  closeToTray: z.boolean(),
  /** A system-wide shortcut that copies the default preset's link or endpoint; off by default. */
  globalShortcut: globalShortcutSetting,
  /** The language of the window, the tray and notifications: the system's, or one the user chose. */
  language: z.enum(languagePreferences),
  /** Named extract links and proxy endpoints (src/shared/domain/presets.ts); `defaultPresetId` is copied by the tray. */
  presets: presetsSetting,
  defaultPresetId: z.string().nullable(),
  /** A found update downloads by itself (it still installs only on "Restart now" or when the app quits). */
  autoDownloadUpdates: z.boolean(),
})
export type AppSettings = z.infer<typeof settingsSchema>

export const defaultSettings: AppSettings = {
  apiBaseUrl: 'https://openapi.thordata.com/api',
  fallbackApiBaseUrl: 'https://api.thordata.com/api',
  balanceUnit: 'auto',
  usageUnit: 'KB',
  sectionHosts: defaultSectionHosts,
  publicIpUrl: 'https://api.ipify.org?format=json',
  extractBaseUrl: 'https://get-ip.thordata.net',
  ipEchoUrl: 'https://ipinfo.io/json',
  lowBalanceGb: 1,
  trayRefreshMinutes: 5,
  notifications: true,
  forecastWarningDays: 7,
  closeToTray: true,
  globalShortcut: { enabled: false, accelerator: DEFAULT_ACCELERATOR },
  language: 'system',
  presets: [],
  defaultPresetId: null,
  autoDownloadUpdates: true,
}

export const settingsPatch = settingsSchema.partial()
export type SettingsPatch = z.infer<typeof settingsPatch>
