import { Alert, Stack } from '@mantine/core'
import { PageLayout } from '@renderer/ui/PageLayout'
import { QueryView, useNow } from '@renderer/ui/QueryView'
import type { UnlimitedServer } from '@shared/domain/unlimited'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BoundUsersDrawer } from './BoundUsersDrawer'
import { MonitorDrawer } from './MonitorDrawer'
import { RenewDialog } from './RenewDialog'
import { RestartDialog } from './RestartDialog'
import { type RestartFollowOptions, RestartNotices, useServersFollowingRestarts } from './RestartFollow'
import { EmptyServers, type ServerAction, ServerList, ServerListSkeleton } from './ServerList'
import { UpgradeDialog } from './UpgradeDialog'

interface Opened {
  action: ServerAction
  server: UnlimitedServer
}

interface UnlimitedTabProps {
  /** How a restart is followed; tests shorten the poll and the timeout. */
  restartFollow?: RestartFollowOptions
  /** The monitor's clock; tests pass a fixed time. */
  monitorNow?: () => number
}

/** The unlimited proxy servers: the list; restart, monitor, renewal, upgrade and bound users per server. */
export default function UnlimitedTab({ restartFollow, monitorNow }: UnlimitedTabProps = {}) {
  const { t } = useTranslation('unlimited')
  const { list, restarting, track, notices, dismiss, timeoutMinutes } = useServersFollowingRestarts(restartFollow)
  const now = useNow()
  const [opened, setOpened] = useState<Opened | null>(null)
  const [opening, setOpening] = useState(0)
  const onAction = useCallback((action: ServerAction, server: UnlimitedServer) => {
    setOpened({ action, server })
    setOpening((count) => count + 1)
  }, [])
  const close = useCallback(() => setOpened(null), [])
  const serverFor = (action: ServerAction) => (opened?.action === action ? opened.server : null)

  return (
    <PageLayout title={t('title')} description={t('description')} queries={[list]}>
      <QueryView
        query={list}
        skeleton={<ServerListSkeleton />}
        isEmpty={(data) => data.servers.length === 0 && data.skipped === 0}
        empty={<EmptyServers />}
      >
        {(data) => (
          <Stack gap="md">
            <RestartNotices notices={notices} minutes={timeoutMinutes} onDismiss={dismiss} />
            {data.skipped > 0 ? (
              <Alert color="orange" variant="light">
                {t('skipped', { count: data.skipped })}
              </Alert>
            ) : null}
            {data.servers.length > 0 ? (
              <ServerList servers={data.servers} restarting={restarting} onAction={onAction} now={now} />
            ) : null}
          </Stack>
        )}
      </QueryView>

      <RestartDialog server={serverFor('restart')} onClose={close} onRestarted={(server) => track(server.planName)} />
      <MonitorDrawer server={serverFor('monitor')} viewKey={opening} onClose={close} now={monitorNow} />
      <RenewDialog server={serverFor('renew')} onClose={close} />
      <UpgradeDialog server={serverFor('upgrade')} onClose={close} />
      <BoundUsersDrawer server={serverFor('boundUsers')} onClose={close} />
    </PageLayout>
  )
}
