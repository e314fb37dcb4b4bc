import { Alert, Button, Code, DataList, Group, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { ReplaceCredentialsDialog } from '@renderer/features/credentials/ReplaceCredentialsDialog'
import { ErrorAlert } from '@renderer/lib/errors'
import { useSession, useSignOut } from '@renderer/lib/session'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import type { SessionInfo } from '@shared/domain/session'
import { IconFlask2, IconLogout, IconReplace } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SettingsSection } from './SettingsSection'

export function AccountSection() {
  const { t } = useTranslation(['settings', 'app'])
  const session = useSession().data
  const [connectOpen, connect] = useDisclosure(false)
  if (!session || session.mode === 'none') return null
  const demo = session.mode === 'demo'
  const storage = session.storage
    ? t(session.storage === 'keychain' ? 'account.storedKeychain' : 'account.storedSession')
    : t('account.storedNothing')

  return (
    <SettingsSection id="settings-account" title={t('account.title')} description={t('account.description')}>
      {demo ? <DemoNotice onConnect={connect.open} /> : null}
      {session.accountNameRejected ? (
        <Alert variant="light" color="red" title={t('app:accountName.rejected')} mb="md" role="alert">
          <Text size="sm">{t('app:accountName.rejectedBody', { name: session.accountName ?? '' })}</Text>
        </Alert>
      ) : null}
      <DataList labelWidth={200} withDivider>
        <DataList.Item>
          <DataList.ItemLabel>{t('account.name')}</DataList.ItemLabel>
          <DataList.ItemValue>{session.accountName ?? '—'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('account.token')}</DataList.ItemLabel>
          <DataList.ItemValue>{session.tokenHint ? <Code>{session.tokenHint}</Code> : '—'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('account.storedIn')}</DataList.ItemLabel>
          <DataList.ItemValue>{storage}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
      {session.storage === 'session' ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('account.sessionOnlyNote')}
        </Text>
      ) : null}
      {demo ? null : (
        <Group mt="lg">
          <Button variant="default" leftSection={<IconReplace size={16} aria-hidden="true" />} onClick={connect.open}>
            {t('account.replace')}
          </Button>
          <SignOutAction session={session} />
        </Group>
      )}
      <ReplaceCredentialsDialog opened={connectOpen} onClose={connect.close} session={session} />
    </SettingsSection>
  )
}

/** Sign out, confirmed first (Cancel takes focus), saying what happens to the stored credentials. */
function SignOutAction({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('settings')
  const signOut = useSignOut()
  return (
    <ConfirmAction
      trigger={{
        label: t('account.signOut'),
        variant: 'light',
        color: 'red',
        leftSection: <IconLogout size={16} aria-hidden="true" />,
      }}
      title={t('signOut.title')}
      body={t('signOut.body', {
        intro: t('signOut.intro', { name: session.accountName ?? t('signOut.yourAccount') }),
        storage: session.storage === 'keychain' ? t('signOut.keychain') : t('signOut.memory'),
        again: t('signOut.again'),
      })}
      confirmLabel={t('signOut.confirm')}
      danger
      action={() => signOut.mutateAsync()}
    />
  )
}

function DemoNotice({ onConnect }: { onConnect: () => void }) {
  const { t } = useTranslation('settings')
  const leave = useSignOut()
  return (
    <Alert
      variant="light"
      color="teal"
      icon={<IconFlask2 size={18} aria-hidden="true" />}
      title={t('account.demoTitle')}
      mb="md"
    >
      <Text size="sm">{t('account.demoBody')}</Text>
      {leave.isError ? <ErrorAlert error={leave.error} /> : null}
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={onConnect}>
          {t('account.connectReal')}
        </Button>
        <Button size="xs" variant="default" onClick={() => leave.mutate()} loading={leave.isPending}>
          {t('account.leaveDemo')}
        </Button>
      </Group>
    </Alert>
  )
}
