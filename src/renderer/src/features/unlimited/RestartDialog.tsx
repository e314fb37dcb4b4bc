import { Stack, Text } from '@mantine/core'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import type { UnlimitedServer } from '@shared/domain/unlimited'
import { useTranslation } from 'react-i18next'

interface RestartDialogProps {
  /** The server to restart; null keeps the confirmation closed. */
  server: UnlimitedServer | null
  onClose: () => void
  /** Thordata accepted the restart: the tab follows it on the list. */
  onRestarted: (server: UnlimitedServer) => void
}

/**
 * Asks first (Cancel takes focus), saying what a restart does to traffic. The request runs inside the dialog with
 * its spinner; a refusal stays in the dialog with Thordata's reason. Sent once, never retried.
 */
export function RestartDialog({ server, onClose, onRestarted }: RestartDialogProps) {
  const { t } = useTranslation('unlimited')
  const restart = useChannelMutation('unlimited.restart')
  const name = server?.planName ?? ''
  return (
    <ConfirmAction
      opened={server !== null}
      onClose={onClose}
      title={t('restart.title', { name })}
      body={
        <Stack gap="xs">
          <Text size="sm">{t('restart.body')}</Text>
          {server && !server.running ? (
            <Text size="sm" c="orange.8" fw={550}>
              {t('restart.notRunning', { status: server.statusText })}
            </Text>
          ) : null}
        </Stack>
      }
      confirmLabel={t('restart.confirm')}
      action={() => restart.mutateAsync({ planName: name })}
      onSuccess={() => {
        if (server) onRestarted(server)
      }}
    />
  )
}
