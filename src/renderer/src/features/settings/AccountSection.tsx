import { Alert, Button, Code, DataList, Group, Modal, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { ConnectForm } from '@renderer/features/credentials/ConnectForm'
import { ErrorAlert } from '@renderer/lib/errors'
import { useSession, useSignOut } from '@renderer/lib/session'
import type { SessionInfo } from '@shared/domain/session'
import { IconFlask2, IconLogout, IconReplace } from '@tabler/icons-react'
import { SettingsSection } from './SettingsSection'
import { SignOutModal } from './SignOutModal'

const storageLabels: Record<NonNullable<SessionInfo['storage']>, string> = {
  keychain: 'OS keychain',
  session: 'This session only (not saved)',
}

export function AccountSection() {
  const session = useSession().data
  const [connectOpen, connect] = useDisclosure(false)
  const [signOutOpen, signOut] = useDisclosure(false)
  if (!session || session.mode === 'none') return null
  const demo = session.mode === 'demo'

  return (
    <SettingsSection id="settings-account" title="Account" description="The Thordata account this app works with.">
      {demo ? <DemoNotice onConnect={connect.open} /> : null}
      <DataList labelWidth={200} withDivider>
        <DataList.Item>
          <DataList.ItemLabel>Account name</DataList.ItemLabel>
          <DataList.ItemValue>{session.accountName ?? '—'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>API token</DataList.ItemLabel>
          <DataList.ItemValue>{session.tokenHint ? <Code>{session.tokenHint}</Code> : '—'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Credentials stored in</DataList.ItemLabel>
          <DataList.ItemValue>
            {session.storage ? storageLabels[session.storage] : 'Nothing is stored in demo mode'}
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      {session.storage === 'session' ? (
        <Text size="sm" c="dimmed" mt="sm">
          The system keychain was not available, so your token and key are held in memory and you will be asked for them
          again the next time Thordata Desktop starts.
        </Text>
      ) : null}
      {demo ? null : (
        <Group mt="lg">
          <Button variant="default" leftSection={<IconReplace size={16} />} onClick={connect.open}>
            Replace credentials
          </Button>
          <Button variant="light" color="red" leftSection={<IconLogout size={16} />} onClick={signOut.open}>
            Sign out
          </Button>
        </Group>
      )}
      <Modal
        opened={connectOpen}
        onClose={connect.close}
        title={<Text fw={650}>{demo ? 'Connect your Thordata account' : 'Replace credentials'}</Text>}
        size="md"
      >
        <ConnectForm
          submitLabel={demo ? 'Connect' : 'Save new credentials'}
          onConnected={(next) => {
            connect.close()
            notifications.show({ color: 'teal', message: `Connected as ${next.accountName ?? 'your account'}` })
          }}
        />
      </Modal>
      <SignOutModal opened={signOutOpen} onClose={signOut.close} session={session} />
    </SettingsSection>
  )
}

function DemoNotice({ onConnect }: { onConnect: () => void }) {
  const leave = useSignOut()
  return (
    <Alert variant="light" color="teal" icon={<IconFlask2 size={18} />} title="You are exploring the demo" mb="md">
      <Text size="sm">
        Everything you see comes from a built-in simulator of the Thordata API. Nothing is sent to Thordata.
      </Text>
      {leave.isError ? <ErrorAlert error={leave.error} /> : null}
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={onConnect}>
          Connect a real account
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={() => leave.mutate()} loading={leave.isPending}>
          Leave demo
        </Button>
      </Group>
    </Alert>
  )
}
