import { Alert, Button, Group, Text } from '@mantine/core'
import type { AppError } from '@shared/errors'
import { IconKey } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface KeychainFallbackProps {
  error: AppError
  onKeep: () => void
  pending: boolean
}

/** Saving to the OS keychain failed: say why, and offer the explicit, weaker choice of memory-only credentials. */
export function KeychainFallback({ error, onKeep, pending }: KeychainFallbackProps) {
  const { t } = useTranslation('onboarding')
  return (
    <Alert variant="light" color="yellow" title={t('keychain.title')} icon={<IconKey size={18} aria-hidden="true" />}>
      <Text size="sm">{error.message}</Text>
      <Text size="sm" mt="xs">
        {t('keychain.body')}
      </Text>
      <Group mt="sm">
        <Button size="xs" variant="light" color="yellow" onClick={onKeep} loading={pending}>
          {t('keychain.keep')}
        </Button>
      </Group>
    </Alert>
  )
}
