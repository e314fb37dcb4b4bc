import { call } from '@renderer/lib/api'
import { invalidateAfter } from '@renderer/lib/invalidation'
import { channelQuery, keyFor } from '@renderer/lib/queries'
import type { SettingsPatch } from '@shared/domain/settings'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

export const useSettings = () => useQuery(channelQuery('settings.get'))

/** A new API host or unit changes what every account figure means, so those are refetched after a change. */
function useSettingsWrite<I>(write: (input: I) => ReturnType<typeof call<'settings.update'>>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: (settings) => void invalidateAfter(client, 'settings.update', undefined, settings),
  })
}

export const useUpdateSettings = () => useSettingsWrite((patch: SettingsPatch) => call('settings.update', patch))

export const useResetSettings = () => useSettingsWrite(() => call('settings.reset'))

export const useAppInfo = () => useQuery({ ...channelQuery('app.info'), staleTime: Number.POSITIVE_INFINITY })

/** The updater.status event keeps this current (see lib/events). */
export const useUpdaterStatus = () =>
  useQuery({ ...channelQuery('updater.status'), staleTime: Number.POSITIVE_INFINITY })

export function useUpdaterAction(channel: 'updater.check' | 'updater.download') {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call(channel),
    onSuccess: (status) => client.setQueryData(keyFor('updater.status'), status),
  })
}

export const useInstallUpdate = () => useMutation({ mutationFn: () => call('updater.install') })
