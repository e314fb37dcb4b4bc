import { Button } from '@mantine/core'
import { IconCalendarSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Opens the expiration check, with the selected IPs when there are any. */
export function CheckButton({ selectedCount, onClick }: { selectedCount: number; onClick: () => void }) {
  const { t } = useTranslation('staticProxies')
  return (
    <Button variant="default" leftSection={<IconCalendarSearch size={16} aria-hidden="true" />} onClick={onClick}>
      {selectedCount ? t('check.openSelected', { count: selectedCount }) : t('check.open')}
    </Button>
  )
}
