import { Divider, Group, Text } from '@mantine/core'
import { ColorSchemeToggle } from '@renderer/ui/ColorSchemeToggle'
import { LogoMark } from '@renderer/ui/LogoMark'
import type { SessionInfo } from '@shared/domain/session'
import { useTranslation } from 'react-i18next'
import { AccountChip } from './AccountChip'

/** Name, account and colour scheme. Refreshing is each page's own (PageLayout), so the header has none. */
export function Header({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('app')
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap={10} wrap="nowrap">
        <LogoMark />
        <Text fw={650} size="md" style={{ letterSpacing: '-0.01em' }}>
          {t('name')}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <AccountChip session={session} />
        <Divider orientation="vertical" />
        <ColorSchemeToggle />
      </Group>
    </Group>
  )
}
