import { useChannelMutation } from '@renderer/lib/invalidation'
import { channelQuery } from '@renderer/lib/queries'
import { useQuery } from '@tanstack/react-query'

/**
 * The extract host and account name. Not refetched on its own: a new session drops it, and a settings change
 * (the extract host is a setting) marks it stale through the contract's `invalidates` (group `extract`).
 */
export const useExtractTarget = () =>
  useQuery({ ...channelQuery('extract.target'), staleTime: Number.POSITIVE_INFINITY })

export const useUnlimitedServers = (enabled: boolean) => useQuery({ ...channelQuery('unlimited.servers'), enabled })

export const useSettings = () => useQuery(channelQuery('settings.get'))

export const useCopyLink = () => useChannelMutation('extract.copy')
export const useTestLink = () => useChannelMutation('extract.test')
