import { Alert, Button, Group, Text } from '@mantine/core'
import type { AppError } from '@shared/errors'
import { IconKey } from '@tabler/icons-react'

interface KeychainFallbackProps {
  error: AppError
  onKeep: () => void
  pending: boolean
}

/** Saving to the OS keychain failed: say why, and offer the explicit, weaker choice of memory-only credentials. */
export function KeychainFallback({ error, onKeep, pending }: KeychainFallbackProps) {
  return (
    <Alert variant="light" color="yellow" title="Your credentials could not be saved" icon={<IconKey size={18} />}>
      <Text size="sm">{error.message}</Text>
      <Text size="sm" mt="xs">
        You can still connect: Thordata Desktop will keep your token and key in memory only until you quit, and ask for
        them again the next time it starts.
      </Text>
      <Group mt="sm">
        <Button size="xs" variant="light" color="yellow" onClick={onKeep} loading={pending}>
          Keep for this session only
        </Button>
      </Group>
    </Alert>
  )
}
