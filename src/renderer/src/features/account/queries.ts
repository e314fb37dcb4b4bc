import { type DayRange, lastDays } from '@renderer/lib/date-limits'
import { todayIso } from '@renderer/lib/format'
import { channelQuery } from '@renderer/lib/queries'
import { FORECAST_USAGE_DAYS } from '@shared/forecast'
import { useQuery } from '@tanstack/react-query'

export const trafficQuery = channelQuery('account.trafficBalance')
export const walletQuery = channelQuery('account.walletBalance')

export const useTrafficBalance = () => useQuery(trafficQuery)

export const useWalletBalance = () => useQuery(walletQuery)

export const useUsage = (range: DayRange) =>
  // Keep the previous range's chart on screen while the next one loads, so the card does not collapse.
  useQuery({ ...channelQuery('account.usage', range), placeholderData: (previous) => previous })

export const useLowBalanceGb = () => useQuery({ ...channelQuery('settings.get'), select: (s) => s.lowBalanceGb }).data

export const useForecastWarningDays = () =>
  useQuery({ ...channelQuery('settings.get'), select: (s) => s.forecastWarningDays }).data

/** The report the forecast reads (the last 30 days, as main's tray does): the chart's default range, one request. */
export const useForecastUsage = () => useQuery(channelQuery('account.usage', lastDays(FORECAST_USAGE_DAYS, todayIso())))
