import { Alert, Button, Group, Text } from '@mantine/core'
import type { AppError, ErrorKind } from '@shared/errors'
import { IconAlertTriangle, IconKey, IconPlugConnectedX, IconRefresh } from '@tabler/icons-react'
import { toAppError } from './api'

const titles: Record<ErrorKind, string> = {
  auth: 'Thordata did not accept your credentials',
  validation: 'Please check what you entered',
  'rate-limit': 'Thordata asked us to slow down',
  network: 'Thordata could not be reached',
  server: 'Thordata had a problem',
  keychain: 'The system keychain is not available',
  'not-found': 'Not found',
  conflict: 'That clashes with something that already exists',
}

function iconFor(kind: ErrorKind) {
  if (kind === 'network') return <IconPlugConnectedX size={18} />
  if (kind === 'auth' || kind === 'keychain') return <IconKey size={18} />
  return <IconAlertTriangle size={18} />
}

export function errorTitle(error: AppError): string {
  return titles[error.kind]
}

interface ErrorAlertProps {
  error: unknown
  /** Offered as "Try again" only when the error says the same request may simply be repeated. */
  onRetry?: () => void
  retrying?: boolean
  title?: string
}

/** How any failed call is shown: what happened, in the words main chose, and a retry only when it can help. */
export function ErrorAlert({ error, onRetry, retrying, title }: ErrorAlertProps) {
  const appError = toAppError(error)
  const warn = appError.kind === 'rate-limit' || appError.kind === 'network'
  return (
    <Alert
      variant="light"
      color={warn ? 'orange' : 'red'}
      title={title ?? errorTitle(appError)}
      icon={iconFor(appError.kind)}
      role="alert"
    >
      <Text size="sm">{appError.message}</Text>
      {appError.retryable && onRetry ? (
        <Group mt="sm">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} />}
            onClick={onRetry}
            loading={retrying}
          >
            Try again
          </Button>
        </Group>
      ) : null}
    </Alert>
  )
}
