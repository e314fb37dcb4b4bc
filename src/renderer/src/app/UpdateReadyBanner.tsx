import { Alert, Button, Group, Text } from '@mantine/core'
import { useInstallOnQuit, useInstallUpdate, useUpdaterStatus } from '@renderer/lib/updater'
import { IconRocket } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** A quiet word when a downloaded update waits: restart now, or let it install on quit (then it goes away). */
export function UpdateReadyBanner() {
  const { t } = useTranslation('app')
  const status = useUpdaterStatus()
  const install = useInstallUpdate()
  const version = status.data?.state === 'ready' ? status.data.version : null
  const [deferred, defer] = useInstallOnQuit(version)
  if (version === null || deferred) return null
  return (
    <Alert
      role="status"
      variant="light"
      color="brand"
      icon={<IconRocket size={18} aria-hidden="true" />}
      title={t('updateReady.title')}
      mb="lg"
      data-testid="update-ready-banner"
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" style={{ flex: '1 1 280px' }}>
          {t('updateReady.body', { version })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={defer}>
            {t('updateReady.later')}
          </Button>
          <Button
            size="xs"
            loading={!install.isIdle && !install.isError}
            onClick={() => install.isIdle && install.mutate()}
          >
            {t('updateReady.restart')}
          </Button>
        </Group>
      </Group>
    </Alert>
  )
}
