import { Button, Stack, Text, TextInput } from '@mantine/core'
import { toAppError } from '@renderer/lib/api'
import { ErrorAlert } from '@renderer/lib/errors'
import { ExternalLink, links } from '@renderer/lib/external'
import { applyFieldError, useFormState } from '@renderer/lib/form'
import { useConnect } from '@renderer/lib/session'
import { PasswordField } from '@renderer/ui/PasswordField'
import type { SessionInfo } from '@shared/domain/session'
import { credentialsInput } from '@shared/domain/session'
import type { AppError } from '@shared/errors'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { KeychainFallback } from './KeychainFallback'

const emptyCredentials = { token: '', key: '', accountName: '' }

interface ConnectFormProps {
  submitLabel?: string
  /** Focus the token field on mount (onboarding); inside a Dialog it takes focus anyway (data-autofocus). */
  autoFocus?: boolean
  onConnected?: (session: SessionInfo) => void
}

/**
 * Token, key and account name → session.connect. Used by onboarding and by Settings ("Replace credentials").
 * What was typed stays in the form when connecting fails; nothing is stored by the renderer.
 */
export function ConnectForm({ submitLabel, onConnected, autoFocus }: ConnectFormProps) {
  const { t } = useTranslation('onboarding')
  const form = useFormState(emptyCredentials)
  const connect = useConnect()
  const [formError, setFormError] = useState<unknown>(null)
  const [keychainError, setKeychainError] = useState<AppError | null>(null)

  const submit = (sessionOnly: boolean) => {
    const input = form.validate(credentialsInput, { ...form.values, sessionOnly: sessionOnly || undefined })
    if (!input) return
    setFormError(null)
    connect.mutate(input, {
      onSuccess: (session) => {
        setKeychainError(null)
        onConnected?.(session)
      },
      onError: (error) => {
        const appError = toAppError(error)
        if (appError.kind === 'keychain' && !sessionOnly) {
          setKeychainError(appError)
          return
        }
        setKeychainError(null)
        if (!applyFieldError(form, error)) setFormError(error)
      },
    })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    submit(false)
  }

  const pending = connect.isPending
  const pendingSessionOnly = pending && connect.variables?.sessionOnly === true

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('connect.formLabel')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('connect.where')}{' '}
          <Text span fw={600} c="bright">
            {t('connect.wherePath')}
          </Text>
          {t('connect.whereEnd')} <ExternalLink href={links.myAccount}>{t('connect.openMyAccount')}</ExternalLink>
        </Text>
        <TextInput
          label={t('connect.token')}
          placeholder={t('connect.tokenPlaceholder')}
          autoFocus={autoFocus}
          data-autofocus
          autoComplete="off"
          spellCheck={false}
          value={form.values.token}
          onChange={(event) => form.setValue('token', event.currentTarget.value)}
          error={form.errors.token}
          withAsterisk
        />
        <PasswordField
          label={t('connect.key')}
          placeholder={t('connect.keyPlaceholder')}
          autoComplete="off"
          value={form.values.key}
          onChange={(event) => form.setValue('key', event.currentTarget.value)}
          error={form.errors.key}
          withAsterisk
        />
        <TextInput
          label={t('connect.accountName')}
          placeholder={t('connect.accountNamePlaceholder')}
          description={t('connect.accountNameUse')}
          autoComplete="off"
          spellCheck={false}
          value={form.values.accountName}
          onChange={(event) => form.setValue('accountName', event.currentTarget.value)}
          error={form.errors.accountName}
          withAsterisk
        />
        {keychainError ? (
          <KeychainFallback error={keychainError} onKeep={() => submit(true)} pending={pendingSessionOnly} />
        ) : null}
        {formError ? <ErrorAlert error={formError} /> : null}
        <Button type="submit" loading={pending && !pendingSessionOnly} disabled={pendingSessionOnly} fullWidth>
          {submitLabel ?? t('connect.submit')}
        </Button>
      </Stack>
    </form>
  )
}
