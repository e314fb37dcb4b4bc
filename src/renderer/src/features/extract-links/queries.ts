import { useChannelMutation } from '@renderer/lib/invalidation'
import { channelQuery } from '@renderer/lib/queries'
import { useQuery } from '@tanstack/react-query'

/** The extract host and account name; they change only with the session, which drops this cache. */
export const useExtractTarget = () =>
  useQuery({ ...channelQuery('extract.target'), staleTime: Number.POSITIVE_INFINITY })

export const useUnlimitedServers = (enabled: boolean) => useQuery({ ...channelQuery('unlimited.servers'), enabled })

export const useSettings = () => useQuery(channelQuery('settings.get'))

export const useCopyLink = () => useChannelMutation('extract.copy')
export const useTestLink = () => useChannelMutation('extract.test')

export const useSavePreset = () => useChannelMutation('presets.save')
export const useRenamePreset = () => useChannelMutation('presets.rename')
export const useDeletePreset = () => useChannelMutation('presets.delete')
export const useSetDefaultPreset = () => useChannelMutation('presets.setDefault')
