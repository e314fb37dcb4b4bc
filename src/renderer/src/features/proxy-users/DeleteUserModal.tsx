import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { ProxyUser } from '@shared/domain/proxy-users'
import { IconTrash } from '@tabler/icons-react'

interface DeleteUserModalProps {
  opened: boolean
  user: ProxyUser | null
  onCancel: () => void
  onConfirm: (user: ProxyUser) => void
}

export function DeleteUserModal({ opened, user, onCancel, onConfirm }: DeleteUserModalProps) {
  const name = user?.username ?? ''
  return (
    <Modal opened={opened} onClose={onCancel} title={<Text fw={650}>{`Delete proxy user ${name}?`}</Text>} size="md">
      <Stack gap="md">
        <Text size="sm">
          Proxy logins as{' '}
          <Text span fw={600} inherit>
            {name}
          </Text>{' '}
          will stop working straight away: every browser, device or script that signs in to the proxies with this
          username and password will be refused. This cannot be undone.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color="red" leftSection={<IconTrash size={16} />} onClick={() => user && onConfirm(user)}>
            {`Delete ${name}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
