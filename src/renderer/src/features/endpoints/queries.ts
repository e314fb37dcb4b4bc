import { useChannelMutation } from '@renderer/lib/invalidation'
import { channelQuery } from '@renderer/lib/queries'
import type { EndpointProduct } from '@shared/domain/endpoint'
import { useQuery } from '@tanstack/react-query'

export const useProxyUsers = (product: EndpointProduct) => useQuery(channelQuery('proxyUsers.list', { product }))
export const useSettings = () => useQuery(channelQuery('settings.get'))

export const useCopyEndpoint = () => useChannelMutation('endpoints.copy')
export const useRevealEndpoint = () => useChannelMutation('endpoints.reveal')
