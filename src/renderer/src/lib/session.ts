import type { SessionInfo } from '@shared/domain/session'
import type { InputOf } from '@shared/ipc/contract'
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from './api'
import { channelQuery, isAccountData, keyFor } from './queries'

export const sessionKey = keyFor('session.get')

/** Stores a new session; when the account changed, drops everything cached for the previous one. */
export function applySession(client: QueryClient, next: SessionInfo): void {
  const previous = client.getQueryData<SessionInfo>(sessionKey)
  client.setQueryData(sessionKey, next)
  const sameAccount = previous?.mode === next.mode && previous?.accountName === next.accountName
  if (previous && !sameAccount) client.removeQueries({ predicate: (query) => isAccountData(query.queryKey) })
}

export function useSession() {
  // session.changed keeps it current, so it never goes stale by time.
  return useQuery({ ...channelQuery('session.get'), staleTime: Number.POSITIVE_INFINITY })
}

export function useConnect() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'session.connect'>) => call('session.connect', input),
    onSuccess: (session) => applySession(client, session),
  })
}

export function useStartDemo() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('session.startDemo'),
    onSuccess: (session) => applySession(client, session),
  })
}

export function useSignOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('session.signOut'),
    onSuccess: (session) => applySession(client, session),
  })
}
