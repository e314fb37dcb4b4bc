import { i18n } from '@renderer/lib/i18n'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { useListMutation } from '@renderer/lib/list-mutation'
import { channelQuery, keyFor } from '@renderer/lib/queries'
import type { Cdk, CdkList } from '@shared/domain/cdk'
import { useQuery, useQueryClient } from '@tanstack/react-query'

/** The whole list, every status: the filter works on it, so its counts are right and switching costs nothing. */
const listInput = {}
const listKey = () => keyFor('cdk.list', listInput)

export const useCdkList = () => useQuery(channelQuery('cdk.list', listInput))

export const useCdkDetails = (code: string | null) =>
  useQuery({ ...channelQuery('cdk.info', { cdk: code ?? '' }), enabled: code !== null })

export const useTrafficBalance = () => useQuery(channelQuery('account.trafficBalance'))

/** Sent once (the contract marks it as spending traffic); the list and the balance refresh after it either way. */
export function useCreateCdks() {
  const client = useQueryClient()
  return useChannelMutation('cdk.create', {
    retry: false,
    // A lost answer may still have created codes and taken the traffic: the list and the balance show whether.
    onError: () => {
      void client.invalidateQueries({ queryKey: listKey() })
      void client.invalidateQueries({ queryKey: keyFor('account.trafficBalance') })
    },
  })
}

/** The row turns Revoked once Thordata agrees; the dialog that asked shows a refusal itself. */
export function useRevokeCdk() {
  const client = useQueryClient()
  return useListMutation({
    channel: 'cdk.revoke',
    listKey,
    items: (list: CdkList) => list.cdks,
    withItems: (list: CdkList, cdks: Cdk[]) => ({ ...list, cdks }),
    keyOf: (cdk: Cdk) => cdk.code,
    when: 'confirmed',
    silent: true,
    patch: ({ cdk: code }) => {
      const current = client.getQueryData<CdkList>(listKey())?.cdks.find((cdk) => cdk.code === code)
      const item: Cdk = current
        ? { ...current, status: 'revoked' }
        : { code, status: 'revoked', createdAt: null, trafficBytes: 0, durationSeconds: 0 }
      return { type: 'update', key: code, item }
    },
    failureTitle: ({ cdk }) => i18n.t('cdk:notify.revokeFailed', { code: cdk }),
    successMessage: ({ cdk }) => i18n.t('cdk:notify.revoked', { code: cdk }),
  })
}
