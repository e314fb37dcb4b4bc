import { useChannelMutation } from '@renderer/lib/invalidation'
import { channelQuery } from '@renderer/lib/queries'
import type { EndpointProduct } from '@shared/domain/endpoint'
import { useQuery } from '@tanstack/react-query'

/** The picker's users: names only (the password is filled in by main when the endpoint is copied or revealed). */
export const useProxyUsers = (product: EndpointProduct) => useQuery(channelQuery('proxyUsers.names', { product }))
export const useSettings = () => useQuery(channelQuery('settings.get'))

export const useCopyEndpoint = () => useChannelMutation('endpoints.copy')
export const useRevealEndpoint = () => useChannelMutation('endpoints.reveal')
