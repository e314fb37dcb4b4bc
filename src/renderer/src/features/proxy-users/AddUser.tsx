import { Button, Card, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconUserPlus, IconUsers } from '@tabler/icons-react'
import { QUOTA_FULL_ID } from './QuotaSummary'

interface AddUserButtonProps {
  onClick: () => void
  disabled?: boolean
  /** The plan allows no more users; the quota summary says so, and the button points at that explanation. */
  full: boolean
}

export function AddUserButton({ onClick, disabled, full }: AddUserButtonProps) {
  return (
    <Button
      leftSection={<IconUserPlus size={16} />}
      onClick={onClick}
      disabled={disabled || full}
      aria-describedby={full ? QUOTA_FULL_ID : undefined}
    >
      Add user
    </Button>
  )
}

export function EmptyUsers({ onAdd, full }: { onAdd: () => void; full: boolean }) {
  return (
    <Card component="section" aria-label="User list" py={48}>
      <Stack align="center" gap="xs">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconUsers size={24} />
        </ThemeIcon>
        <Text fw={600}>No proxy users yet</Text>
        <Text size="sm" c="dimmed" ta="center" maw={420}>
          Give each person, device or script its own proxy login, with its own traffic limit, so you can see who used
          what and switch one off without touching the others.
        </Text>
        <AddUserButton onClick={onAdd} full={full} />
      </Stack>
    </Card>
  )
}
