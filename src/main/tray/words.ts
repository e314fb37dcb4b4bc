import type { Forecast } from '@shared/forecast'
import type { en } from '@shared/i18n/en'
import { mainLanguage, t } from '../i18n'

type MonthKey = keyof typeof en.tray.date.months
const month = (m: number) => t(`tray:date.months.${String(m) as MonthKey}`)

/** "20 Dec 2026" in main's language. */
export function formatDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number)
  return t('tray:date.day', { day: d, month: month(m), year: y })
}

/** "14:05" today, "26 Nov, 14:05" another day. */
export function formatTime(at: Date, now: Date): string {
  const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`
  const sameDay =
    at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate()
  return sameDay ? hhmm : t('tray:date.dayTime', { day: at.getDate(), month: month(at.getMonth() + 1), time: hhmm })
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(mainLanguage(), { style: 'currency', currency }).format(amount)
}

/** The forecast in one line, or null where the balance and expiry lines already say it all (empty, expired). */
export function forecastLabel(forecast: Forecast | null): string | null {
  if (!forecast) return null
  switch (forecast.kind) {
    case 'runsOut': {
      const date = formatDay(forecast.runsOutOn)
      return forecast.beforeExpiryDays === null
        ? t('tray:forecast.lastsUntil', { date })
        : t('tray:forecast.lastsUntilBeforeExpiry', { date, count: forecast.beforeExpiryDays })
    }
    case 'pastExpiry':
      return t('tray:forecast.pastExpiry')
    case 'shortHistory':
      return t('tray:forecast.shortHistory')
    case 'noUse':
      return t('tray:forecast.noUse', { count: forecast.windowDays })
    default:
      return null
  }
}
