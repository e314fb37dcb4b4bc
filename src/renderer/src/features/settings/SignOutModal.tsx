import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { useSignOut } from '@renderer/lib/session'
import type { SessionInfo } from '@shared/domain/session'

interface SignOutModalProps {
  opened: boolean
  onClose: () => void
  session: SessionInfo
}

export function SignOutModal({ opened, onClose, session }: SignOutModalProps) {
  const signOut = useSignOut()
  const close = () => {
    signOut.reset()
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>Sign out?</Text>} size="md">
      <Stack gap="md">
        <Text size="sm">
          You will be signed out of{' '}
          <Text span fw={600} inherit>
            {session.accountName ?? 'your account'}
          </Text>
          .{' '}
          {session.storage === 'keychain'
            ? 'Your API token and key will be removed from the OS keychain on this computer.'
            : 'Your API token and key are only held in memory; signing out forgets them.'}{' '}
          To connect again you will need them from Dashboard → My Account.
        </Text>
        {signOut.isError ? <ErrorAlert error={signOut.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={() => signOut.mutate()} loading={signOut.isPending}>
            Yes, sign out
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
