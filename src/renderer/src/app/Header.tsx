import { ActionIcon, Divider, Group, Text, Tooltip } from '@mantine/core'
import { ColorSchemeToggle } from '@renderer/ui/ColorSchemeToggle'
import { LogoMark } from '@renderer/ui/LogoMark'
import type { SessionInfo } from '@shared/domain/session'
import { IconRefresh } from '@tabler/icons-react'
import { useIsFetching, useQueryClient } from '@tanstack/react-query'
import { AccountChip } from './AccountChip'
import classes from './Shell.module.css'

export function Header({ session }: { session: SessionInfo }) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap={10} wrap="nowrap">
        <LogoMark />
        <Text fw={650} size="md" style={{ letterSpacing: '-0.01em' }}>
          Thordata Desktop
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <AccountChip session={session} />
        <Divider orientation="vertical" />
        <ColorSchemeToggle />
        <RefreshAllButton />
      </Group>
    </Group>
  )
}

function RefreshAllButton() {
  const client = useQueryClient()
  const fetching = useIsFetching() > 0
  return (
    <Tooltip label="Refresh all data">
      <ActionIcon size="lg" aria-label="Refresh all" onClick={() => void client.invalidateQueries()}>
        <IconRefresh size={18} stroke={1.8} className={fetching ? classes.spin : undefined} aria-hidden="true" />
      </ActionIcon>
    </Tooltip>
  )
}
