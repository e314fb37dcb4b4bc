import { z } from 'zod'

/**
 * The settings a user can change. Each doubtful point of Thordata's API (host, units) is one setting here
 * with the documented default, so a wrong guess is a preference change, not a code change.
 */
export const trafficUnitSetting = z.enum(['B', 'KB', 'MB', 'GB'])

/** https, or plain http to this machine only (a local mock or the simulator); never plain http across a network. */
export function isAllowedApiUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
}

const httpsUrl = (example: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter a full URL such as ${example}`)
    .refine(isAllowedApiUrl, `Enter an https URL such as ${example}`)

export const settingsSchema = z.object({
  apiBaseUrl: httpsUrl('https://openapi.thordata.com/api'),
  /** Tried when the main host cannot be reached (the docs name both hosts). Empty = none. */
  fallbackApiBaseUrl: z
    .string()
    .trim()
    .refine((u) => u === '' || isAllowedApiUrl(u), 'Enter an https URL, or leave empty'),
  /** Unit of `traffic_balance` on /account/traffic-balance: the docs say MB, the SDK spec says KB. */
  balanceUnit: trafficUnitSetting,
  /** Unit of the usage-statistics figures: the docs say kb. */
  usageUnit: trafficUnitSetting,
  /** Used by "Add my current IP": must answer with the caller's public IP as text or JSON {ip}. */
  publicIpUrl: httpsUrl('https://api.ipify.org?format=json'),
  /** Tray warns when traffic left falls under this many GB. 0 = never. */
  lowBalanceGb: z.number().min(0).max(100_000),
})
export type AppSettings = z.infer<typeof settingsSchema>

export const defaultSettings: AppSettings = {
  apiBaseUrl: 'https://openapi.thordata.com/api',
  fallbackApiBaseUrl: 'https://api.thordata.com/api',
  balanceUnit: 'MB',
  usageUnit: 'KB',
  publicIpUrl: 'https://api.ipify.org?format=json',
  lowBalanceGb: 1,
}

export const settingsPatch = settingsSchema.partial()
export type SettingsPatch = z.infer<typeof settingsPatch>
