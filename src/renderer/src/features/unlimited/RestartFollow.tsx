import { Alert, Stack } from '@mantine/core'
import { notifySuccess } from '@renderer/lib/notify'
import { keyFor } from '@renderer/lib/queries'
import type { UnlimitedServerList } from '@shared/domain/unlimited'
import { IconAlertTriangle } from '@tabler/icons-react'
import { hashKey, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnlimitedServers } from './queries'
import { type RestartNotice, restartStoreFor } from './restart-store'
import { nextTimeout, RESTART_POLL_MS, RESTART_TIMEOUT_MS, type RestartOutcome } from './restart-tracking'

export type { RestartNotice } from './restart-store'

export interface RestartFollowOptions {
  pollMs?: number
  timeoutMs?: number
  /** When a restart was accepted, and when a follow times out; tests pass their clock. */
  now?: () => number
}

/**
 * The server list, re-read every few seconds while any restart is followed. A server back up gets a toast; one
 * that is not back by the timeout (also when the list cannot be read) leaves a notice saying what to do. The
 * follows live in a store beside the query client, so leaving the tab and coming back keeps them.
 */
export function useServersFollowingRestarts({
  pollMs = RESTART_POLL_MS,
  timeoutMs = RESTART_TIMEOUT_MS,
  now = Date.now,
}: RestartFollowOptions = {}) {
  const { t } = useTranslation('unlimited')
  const client = useQueryClient()
  const store = restartStoreFor(client)
  const { tracked, notices } = useSyncExternalStore(store.subscribe, store.get)
  const list = useUnlimitedServers(tracked.length > 0 ? pollMs : false)

  const announce = useCallback(
    (outcomes: RestartOutcome[]) => {
      for (const outcome of outcomes) {
        if (outcome.kind === 'back') notifySuccess(t('restart.back', { name: outcome.planName }))
      }
    },
    [t],
  )

  // Each fresh list (the poll, a Refresh, the refetch after the restart) is one step of every follow.
  useEffect(() => {
    const listHash = hashKey(keyFor('unlimited.servers'))
    return client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return
      if (event.query.queryHash !== listHash) return
      const { data, dataUpdatedAt } = event.query.state as { data?: UnlimitedServerList; dataUpdatedAt: number }
      if (data) announce(store.listed(data.servers, dataUpdatedAt, timeoutMs))
    })
  }, [client, store, timeoutMs, announce])

  // The timeout runs on a timer of its own: a list that keeps failing must not leave a row "Restarting" forever.
  useEffect(() => {
    const due = nextTimeout(tracked, timeoutMs)
    if (due === null) return
    let timer: ReturnType<typeof setTimeout>
    const check = () => {
      store.expire(now(), timeoutMs)
      // An injected clock may lag the timer: look again until the store has ended the follow.
      const later = nextTimeout(store.get().tracked, timeoutMs)
      if (later !== null) timer = setTimeout(check, Math.max(later - now(), 250))
    }
    timer = setTimeout(check, Math.max(due - now(), 0))
    return () => clearTimeout(timer)
  }, [tracked, timeoutMs, now, store])

  const track = useCallback(
    (planName: string) => {
      notifySuccess(t('restart.requested', { name: planName }))
      store.track(planName, now())
    },
    [now, store, t],
  )
  const dismiss = useCallback((planName: string) => store.dismiss(planName), [store])
  const restarting = useMemo(() => new Set(tracked.map((r) => r.planName)), [tracked])
  return { list, restarting, track, notices, dismiss, timeoutMinutes: Math.round(timeoutMs / 60_000) }
}

/** What to do about restarts that did not come back in time; each can be dismissed. */
export function RestartNotices({
  notices,
  minutes,
  onDismiss,
}: {
  notices: readonly RestartNotice[]
  minutes: number
  onDismiss: (planName: string) => void
}) {
  const { t } = useTranslation('unlimited')
  if (notices.length === 0) return null
  return (
    <Stack gap="xs">
      {notices.map((notice) => (
        <Alert
          key={notice.planName}
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden="true" />}
          title={
            notice.stillRunning
              ? t('restart.noChangeTitle', { name: notice.planName })
              : t('restart.timedOutTitle', { name: notice.planName })
          }
          withCloseButton
          closeButtonLabel={t('restart.dismiss')}
          onClose={() => onDismiss(notice.planName)}
        >
          {notice.stillRunning
            ? t('restart.noChange', { name: notice.planName, minutes })
            : t('restart.timedOut', { minutes })}
        </Alert>
      ))}
    </Stack>
  )
}
