import { Avatar, Badge, Group, Text } from '@mantine/core'
import type { SessionInfo } from '@shared/domain/session'

export function AccountChip({ session }: { session: SessionInfo }) {
  const name = session.accountName ?? (session.mode === 'demo' ? 'Demo account' : 'Thordata account')
  return (
    <Group gap={8} wrap="nowrap" data-testid="account-chip">
      <Avatar size={28} radius="xl" color="brand" variant="light" name={name} />
      <Text size="sm" fw={550} truncate maw={200}>
        {name}
      </Text>
      {session.mode === 'demo' ? (
        <Badge size="sm" variant="light" color="orange">
          Demo
        </Badge>
      ) : null}
    </Group>
  )
}
