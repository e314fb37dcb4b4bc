import type { AppSettings } from '@shared/domain/settings'
import { defaultSettings } from '@shared/domain/settings'
import { type ThordataConfig, thordataConfigFromSettings } from '../thordata/config'

/**
 * Demo mode talks to the built-in simulator, which follows the documented units, whatever the user set for the
 * real API; an account talks to the hosts and units in the settings. With no fallback address the demo has one
 * host, so every section's host order (settings.sectionHosts) comes down to the simulator.
 */
export function clientConfigFor(
  settings: AppSettings,
  demo: { apiBaseUrl: string; extractBaseUrl: string } | null,
): ThordataConfig {
  if (!demo) return thordataConfigFromSettings(settings)
  return thordataConfigFromSettings(
    { ...defaultSettings, apiBaseUrl: demo.apiBaseUrl, fallbackApiBaseUrl: '' },
    { extractBaseUrl: demo.extractBaseUrl },
  )
}
