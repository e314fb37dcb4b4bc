import { Button, Card, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconUserPlus, IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { QUOTA_FULL_ID } from './QuotaSummary'

interface AddUserButtonProps {
  onClick: () => void
  disabled?: boolean
  /** The plan allows no more users; the quota summary says so, and the button points at that explanation. */
  full: boolean
}

export function AddUserButton({ onClick, disabled, full }: AddUserButtonProps) {
  const { t } = useTranslation('proxyUsers')
  return (
    <Button
      leftSection={<IconUserPlus size={16} aria-hidden="true" />}
      onClick={onClick}
      disabled={disabled || full}
      aria-describedby={full ? QUOTA_FULL_ID : undefined}
    >
      {t('add.open')}
    </Button>
  )
}

export function EmptyUsers({ onAdd, full }: { onAdd: () => void; full: boolean }) {
  const { t } = useTranslation('proxyUsers')
  return (
    <Card component="section" aria-label={t('table.label')} py={48}>
      <Stack align="center" gap="xs">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
          <IconUsers size={24} />
        </ThemeIcon>
        <Text fw={600}>{t('empty.title')}</Text>
        <Text size="sm" c="dimmed" ta="center" maw={420}>
          {t('empty.body')}
        </Text>
        <AddUserButton onClick={onAdd} full={full} />
      </Stack>
    </Card>
  )
}
