import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { isCredentialsRejected } from './errors'

/**
 * Whether Thordata refused the account's credentials since they were last given. Set by the query client's caches
 * when any query or mutation fails that way (see createQueryClient); the shell shows one banner for it. Kept per
 * query client, so each window (and each test) has its own.
 */
interface Flag {
  rejected: boolean
  listeners: Set<() => void>
}

const flags = new WeakMap<QueryClient, Flag>()

function flagOf(client: QueryClient): Flag {
  let flag = flags.get(client)
  if (!flag) {
    flag = { rejected: false, listeners: new Set() }
    flags.set(client, flag)
  }
  return flag
}

function set(client: QueryClient, rejected: boolean): void {
  const flag = flagOf(client)
  if (flag.rejected === rejected) return
  flag.rejected = rejected
  for (const listener of flag.listeners) listener()
}

/** For the caches' onError: raises the flag when `error` says the credentials were refused. */
export function noteRejectedCredentials(client: QueryClient, error: unknown): void {
  if (isCredentialsRejected(error)) set(client, true)
}

/** New credentials were accepted (or the account changed): the banner goes. */
export function clearRejectedCredentials(client: QueryClient): void {
  set(client, false)
}

export function useCredentialsRejected(): boolean {
  const client = useQueryClient()
  const subscribe = useCallback(
    (listener: () => void) => {
      const { listeners } = flagOf(client)
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    [client],
  )
  const read = useCallback(() => flagOf(client).rejected, [client])
  return useSyncExternalStore(subscribe, read, read)
}
