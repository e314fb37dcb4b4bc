import { Alert, Button, Group, Text } from '@mantine/core'
import { ReplaceCredentialsDialog } from '@renderer/features/credentials/ReplaceCredentialsDialog'
import { clearRejectedCredentials, useCredentialsRejected } from '@renderer/lib/rejected-credentials'
import type { SessionInfo } from '@shared/domain/session'
import { IconKey, IconReplace } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The window's one word about credentials Thordata stopped accepting (revoked or reset mid-session): the cards stay
 * quiet about it, this offers the way out. It goes when new credentials are accepted or another account signs in.
 */
export function CredentialsBanner({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('app')
  const client = useQueryClient()
  const rejected = useCredentialsRejected()
  const [replacing, setReplacing] = useState(false)
  const identity = `${session.mode}:${session.accountName ?? ''}:${session.tokenHint ?? ''}`
  // A new identity (credentials replaced, another account) starts with no banner.
  useEffect(() => clearRejectedCredentials(client), [client, identity])
  if (!rejected) return null
  return (
    <>
      <Alert
        role="alert"
        variant="light"
        color="red"
        icon={<IconKey size={18} aria-hidden="true" />}
        title={t('rejected.title')}
        mb="lg"
        data-testid="credentials-banner"
      >
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" style={{ flex: '1 1 280px' }}>
            {t('rejected.body')}
          </Text>
          <Button
            size="xs"
            color="red"
            leftSection={<IconReplace size={14} aria-hidden="true" />}
            onClick={() => setReplacing(true)}
          >
            {t('rejected.replace')}
          </Button>
        </Group>
      </Alert>
      <ReplaceCredentialsDialog opened={replacing} onClose={() => setReplacing(false)} session={session} />
    </>
  )
}
