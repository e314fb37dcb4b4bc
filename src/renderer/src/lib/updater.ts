import { useChannelMutation } from '@renderer/lib/invalidation'
import { channelQuery } from '@renderer/lib/queries'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'

/** The updater.status event keeps this current (see lib/events). */
export const useUpdaterStatus = () =>
  useQuery({ ...channelQuery('updater.status'), staleTime: Number.POSITIVE_INFINITY })

export const useUpdaterAction = (channel: 'updater.check' | 'updater.download') => useChannelMutation(channel)

export const useInstallUpdate = () => useChannelMutation('updater.install')

const DEFERRED_KEY = 'thordata.update.installOnQuit'
const listeners = new Set<() => void>()

/**
 * "Install on quit" for one downloaded version: the banner goes quiet and About says when it installs. Kept for
 * the window's session (a reload keeps it; the next launch has installed the update by then).
 */
export function useInstallOnQuit(version: string | null): [boolean, () => void] {
  const deferred = useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => sessionStorage.getItem(DEFERRED_KEY),
  )
  const defer = useCallback(() => {
    if (version === null) return
    sessionStorage.setItem(DEFERRED_KEY, version)
    for (const listener of listeners) listener()
  }, [version])
  return [version !== null && deferred === version, defer]
}
