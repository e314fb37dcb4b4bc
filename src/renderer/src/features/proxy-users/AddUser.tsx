import { Button } from '@mantine/core'
import { EmptySection } from '@renderer/ui/EmptySection'
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
    <EmptySection
      label={t('table.label')}
      icon={<IconUsers size={24} />}
      title={t('empty.title')}
      body={t('empty.body')}
      action={<AddUserButton onClick={onAdd} full={full} />}
    />
  )
}
