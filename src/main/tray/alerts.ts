import type { TrafficBalance } from '@shared/domain/account'
import type { AppSettings } from '@shared/domain/settings'
import { type Forecast, forecastWarns } from '@shared/forecast'
import { unitBytes } from '@shared/traffic'
import { t } from '../i18n'
import { formatDay } from './words'

export interface AlertsOptions {
  settings: () => Pick<AppSettings, 'lowBalanceGb' | 'forecastWarningDays' | 'notifications'> | null
  notify?: (title: string, body: string) => void
}

/**
 * The low-balance and runway notifications: each fires once when its figure crosses under the level, not at every
 * poll; it can fire again after the figure recovered. With notifications off, crossings pass silently.
 */
export function createAlerts(options: AlertsOptions) {
  let wasLow = false
  let wasShort = false

  const tell = (title: string, body: string) => {
    if (options.settings()?.notifications !== false) options.notify?.(title, body)
  }

  return {
    check(balance: TrafficBalance | null, forecast: Forecast | null) {
      const settings = options.settings()
      const threshold = settings?.lowBalanceGb ?? 0
      const low = balance !== null && threshold > 0 && balance.remainingBytes < threshold * unitBytes.GB
      if (low && !wasLow) {
        tell(t('settings:notification.lowBalanceTitle'), t('settings:notification.lowBalanceBody', { gb: threshold }))
      }
      wasLow = low
      // A forecast not yet known (usage still loading) leaves the last state as it was.
      if (forecast === null) return
      const short = forecastWarns(forecast, settings?.forecastWarningDays ?? 0)
      if (short && !wasShort && forecast.kind === 'runsOut') {
        tell(
          t('settings:notification.forecastTitle'),
          t('settings:notification.forecastBody', {
            count: forecast.lastsDays,
            window: forecast.windowDays,
            date: formatDay(forecast.runsOutOn),
          }),
        )
      }
      wasShort = short
    },
    /** Another account: its first figures are news again. */
    reset() {
      wasLow = false
      wasShort = false
    },
  }
}
