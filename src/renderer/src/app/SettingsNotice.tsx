import { Affix, Alert, Code, Stack, Text } from '@mantine/core'
import { channelQuery } from '@renderer/lib/queries'
import type { SettingsNotice as Notice } from '@shared/domain/app'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Says once, over whatever screen is open, that settings.json could not be used as it was at this launch.
 * Main reports it in app.info; the next launch no longer does once the cause is gone.
 */
export function SettingsNotice() {
  const { t } = useTranslation('app')
  const info = useQuery({ ...channelQuery('app.info'), staleTime: Number.POSITIVE_INFINITY })
  const [dismissed, setDismissed] = useState(false)
  const notice = info.data?.settingsNotice
  if (!notice || dismissed) return null
  const { title, body } = wordsFor(notice, t)
  return (
    <Affix position={{ top: 72, right: 16 }} zIndex={300}>
      <Alert
        variant="light"
        color="yellow"
        title={title}
        icon={<IconAlertTriangle size={18} aria-hidden="true" />}
        withCloseButton
        closeButtonLabel={t('settingsNotice.dismiss')}
        onClose={() => setDismissed(true)}
        maw={460}
        data-testid="settings-notice"
      >
        {body}
      </Alert>
    </Affix>
  )
}

function wordsFor(notice: Notice, t: TFunction<'app'>) {
  switch (notice.kind) {
    case 'moved-aside':
      return {
        title: t('settingsNotice.movedAsideTitle'),
        body: (
          <Stack gap={4}>
            <Text size="sm">{t('settingsNotice.movedAsideBody')}</Text>
            <Code style={{ wordBreak: 'break-all' }}>{notice.movedTo}</Code>
          </Stack>
        ),
      }
    case 'newer-version':
      return {
        title: t('settingsNotice.newerVersionTitle'),
        body: <Text size="sm">{t('settingsNotice.newerVersionBody', { version: notice.version })}</Text>,
      }
    case 'unwritable':
      return {
        title: t('settingsNotice.unwritableTitle'),
        body: <Text size="sm">{t('settingsNotice.unwritableBody', { reason: notice.reason })}</Text>,
      }
  }
}
