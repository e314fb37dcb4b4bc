import { Affix, Alert, Code, Text } from '@mantine/core'
import { channelQuery } from '@renderer/lib/queries'
import type { SettingsNotice as Notice } from '@shared/domain/app'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

/**
 * Says once, over whatever screen is open, that settings.json could not be used as it was at this launch.
 * Main reports it in app.info; the next launch no longer does once the cause is gone.
 */
export function SettingsNotice() {
  const info = useQuery({ ...channelQuery('app.info'), staleTime: Number.POSITIVE_INFINITY })
  const [dismissed, setDismissed] = useState(false)
  const notice = info.data?.settingsNotice
  if (!notice || dismissed) return null
  const { title, body } = wordsFor(notice)
  return (
    <Affix position={{ top: 72, right: 16 }} zIndex={300}>
      <Alert
        variant="light"
        color="yellow"
        title={title}
        icon={<IconAlertTriangle size={18} />}
        withCloseButton
        closeButtonLabel="Dismiss"
        onClose={() => setDismissed(true)}
        maw={460}
        data-testid="settings-notice"
      >
        {body}
      </Alert>
    </Affix>
  )
}

function wordsFor(notice: Notice) {
  switch (notice.kind) {
    case 'moved-aside':
      return {
        title: 'Your settings were reset',
        body: (
          <Text size="sm">
            The settings file could not be read, so Thordata Desktop started with default settings. The old file was
            kept as <Code>{notice.movedTo}</Code>.
          </Text>
        ),
      }
    case 'newer-version':
      return {
        title: 'Settings are read-only',
        body: (
          <Text size="sm">
            These settings were written by a newer Thordata Desktop (settings version {notice.version}), so this version
            uses them without changing them. Update the app to change your settings.
          </Text>
        ),
      }
    case 'unwritable':
      return {
        title: 'Settings cannot be saved',
        body: (
          <Text size="sm">
            Thordata Desktop is using default settings and will not save changes: {notice.reason}. Move or delete that
            file, then restart the app.
          </Text>
        ),
      }
  }
}
