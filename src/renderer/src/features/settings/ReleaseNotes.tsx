import { ScrollArea, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The release notes main turned into plain text: shown as text, never as HTML. */
export function ReleaseNotes({ notes }: { notes: string }) {
  const { t } = useTranslation('settings')
  return (
    <Stack gap={4} maw={560}>
      <Text size="xs" fw={600} c="dimmed" id="release-notes-title">
        {t('updater.notes')}
      </Text>
      <ScrollArea.Autosize mah={160} type="auto" aria-labelledby="release-notes-title" role="region">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {notes}
        </Text>
      </ScrollArea.Autosize>
    </Stack>
  )
}
