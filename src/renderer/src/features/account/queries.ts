import type { DayRange } from '@renderer/lib/date-limits'
import { channelQuery } from '@renderer/lib/queries'
import { useQuery } from '@tanstack/react-query'

export const trafficQuery = channelQuery('account.trafficBalance')
export const walletQuery = channelQuery('account.walletBalance')

export const useTrafficBalance = () => useQuery(trafficQuery)

export const useWalletBalance = () => useQuery(walletQuery)

export const useUsage = (range: DayRange) =>
  // Keep the previous range's chart on screen while the next one loads, so the card does not collapse.
  useQuery({ ...channelQuery('account.usage', range), placeholderData: (previous) => previous })

export const useLowBalanceGb = () => useQuery({ ...channelQuery('settings.get'), select: (s) => s.lowBalanceGb }).data
