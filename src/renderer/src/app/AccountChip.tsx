import { Avatar, Badge, Group, Text, Tooltip } from '@mantine/core'
import type { SessionInfo } from '@shared/domain/session'
import { useTranslation } from 'react-i18next'

export function AccountChip({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('app')
  const name = session.accountName ?? (session.mode === 'demo' ? t('chip.demoAccount') : t('chip.account'))
  return (
    <Group gap={8} wrap="nowrap" data-testid="account-chip">
      <Avatar size={28} radius="xl" color="brand" variant="light" name={name} aria-hidden="true" />
      <Text size="sm" fw={550} truncate maw={200}>
        {name}
      </Text>
      {session.accountNameRejected ? (
        <Tooltip label={t('accountName.rejectedBody', { name })} multiline w={300} withinPortal>
          <Badge size="sm" variant="light" color="red" tabIndex={0}>
            {t('accountName.rejected')}
          </Badge>
        </Tooltip>
      ) : null}
      {session.mode === 'demo' ? (
        <Badge size="sm" variant="light" color="orange">
          {t('chip.demo')}
        </Badge>
      ) : null}
    </Group>
  )
}
