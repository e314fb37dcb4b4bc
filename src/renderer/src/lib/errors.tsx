import { Alert, Button, Group, Text } from '@mantine/core'
import type { AppError, ErrorKind } from '@shared/errors'
import { IconAlertTriangle, IconKey, IconPlugConnectedX, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { toAppError } from './api'
import { i18n } from './i18n'

function iconFor(kind: ErrorKind) {
  if (kind === 'network') return <IconPlugConnectedX size={18} aria-hidden="true" />
  if (kind === 'auth' || kind === 'keychain') return <IconKey size={18} aria-hidden="true" />
  return <IconAlertTriangle size={18} aria-hidden="true" />
}

export function errorTitle(error: AppError): string {
  return i18n.t(`common:errorTitles.${error.kind}`)
}

/** Thordata's codes for a token (10013) or key (10014) it no longer accepts, and a bare HTTP 401. */
const rejectedCredentialCodes = new Set([10013, 10014, 401])

/**
 * True when the account's own credentials were refused (revoked or reset mid-session). The window then shows
 * one banner with "Replace credentials"; views showing such an error stay quiet instead of each raising an alert.
 */
export function isCredentialsRejected(error: unknown): boolean {
  if (error === null || error === undefined) return false
  const appError = toAppError(error)
  return appError.kind === 'auth' && appError.code !== undefined && rejectedCredentialCodes.has(appError.code)
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
  const { t } = useTranslation()
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
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            onClick={onRetry}
            loading={retrying}
          >
            {t('actions.tryAgain')}
          </Button>
        </Group>
      ) : null}
    </Alert>
  )
}
