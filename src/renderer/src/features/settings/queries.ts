import { useChannelMutation } from '@renderer/lib/invalidation'
import { channelQuery } from '@renderer/lib/queries'
import { useQuery } from '@tanstack/react-query'

export const useSettings = () => useQuery(channelQuery('settings.get'))

// Writes go through the kit: what each one makes stale (every account figure, for a new host or unit) and what it
// answers (settings.get, updater.status) are declared in the contract and applied by useChannelMutation.
export const useUpdateSettings = () => useChannelMutation('settings.update')

export const useResetSettings = () => useChannelMutation('settings.reset')

export const useAppInfo = () => useQuery({ ...channelQuery('app.info'), staleTime: Number.POSITIVE_INFINITY })
