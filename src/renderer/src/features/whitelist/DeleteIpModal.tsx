import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { WhitelistProduct } from '@shared/domain/whitelist'

interface DeleteIpModalProps {
  opened: boolean
  /** Kept while the modal closes, so its text does not blank out during the transition. */
  ip: string | null
  product: WhitelistProduct
  onCancel: () => void
  onConfirm: (ip: string) => void
}

export function DeleteIpModal({ opened, ip, product, onCancel, onConfirm }: DeleteIpModalProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title={<Text fw={650}>Remove {ip} from the whitelist?</Text>} size="md">
      <Stack gap="md">
        <Text size="sm">
          Machines connecting from{' '}
          <Text span ff="monospace" inherit>
            {ip}
          </Text>{' '}
          will lose password-free access to your {product} proxies. They can still connect with a proxy user's username
          and password, and you can add the IP again later.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button color="red" onClick={() => ip && onConfirm(ip)}>
            Remove {ip}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
