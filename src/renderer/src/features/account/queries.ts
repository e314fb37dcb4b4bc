import { channelQuery } from '@renderer/lib/queries'
import { useQuery } from '@tanstack/react-query'
import type { DateRange } from './range'

export const useTrafficBalance = () => useQuery(channelQuery('account.trafficBalance'))

export const useWalletBalance = () => useQuery(channelQuery('account.walletBalance'))

export const useUsage = (range: DateRange) =>
  // Keep the previous range's chart on screen while the next one loads, so the card does not collapse.
  useQuery({ ...channelQuery('account.usage', range), placeholderData: (previous) => previous })

export const useLowBalanceGb = () => useQuery({ ...channelQuery('settings.get'), select: (s) => s.lowBalanceGb }).data
