import { Badge, Text } from '@mantine/core'
import { formatShortDate, formatTraffic, todayIso } from '@renderer/lib/format'
import type { TrafficBalance, UsageReport } from '@shared/domain/account'
import { type Forecast, forecastRunway, forecastWarns } from '@shared/forecast'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

interface ForecastLineProps {
  balance: TrafficBalance
  /** The last 30 days' report (the tray reads the same one); undefined while it loads or when it failed. */
  usage: UsageReport | undefined
  /** The forecastWarningDays setting: under it, the line is a warning. */
  warningDays: number | undefined
}

/** "At this rate: lasts until ~Dec 21 — 19 days before it expires", from the last 14 full days' use. */
export function ForecastLine({ balance, usage, warningDays }: ForecastLineProps) {
  const { t } = useTranslation('account')
  if (!usage) return null
  const forecast = forecastRunway({
    remainingBytes: balance.remainingBytes,
    expiresOn: balance.expiresOn,
    days: usage.days,
    totalUsedBytes: usage.totalUsedBytes,
    today: todayIso(),
  })
  const text = sentence(forecast, t)
  if (!text) return null
  const basis =
    forecast.kind === 'runsOut' || forecast.kind === 'pastExpiry'
      ? t('forecast.basis', { daily: formatTraffic(forecast.dailyBytes), count: forecast.windowDays })
      : undefined
  if (forecastWarns(forecast, warningDays ?? 0)) {
    return (
      <Badge variant="light" color="orange" size="md" radius="sm" tt="none" title={basis} data-testid="forecast">
        {text}
      </Badge>
    )
  }
  return (
    <Text size="sm" c="dimmed" component="span" display="block" title={basis} data-testid="forecast">
      {text}
    </Text>
  )
}

function sentence(forecast: Forecast, t: TFunction<'account'>): string | null {
  switch (forecast.kind) {
    case 'runsOut': {
      const date = formatShortDate(forecast.runsOutOn)
      return forecast.beforeExpiryDays === null
        ? t('forecast.lastsUntil', { date })
        : t('forecast.lastsUntilBeforeExpiry', { date, count: forecast.beforeExpiryDays })
    }
    case 'pastExpiry':
      return t('forecast.pastExpiry')
    case 'shortHistory':
      return t('forecast.shortHistory')
    case 'noUse':
      return t('forecast.noUse', { count: forecast.windowDays })
    default:
      return null
  }
}
