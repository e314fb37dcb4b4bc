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
import { KeychainFallback } from './KeychainFallback'

const emptyCredentials = { token: '', key: '', accountName: '' }

interface ConnectFormProps {
  submitLabel?: string
  onConnected?: (session: SessionInfo) => void
}

/**
 * Token, key and account name → session.connect. Used by onboarding and by Settings ("Replace credentials").
 * What was typed stays in the form when connecting fails; nothing is stored by the renderer.
 */
export function ConnectForm({ submitLabel = 'Connect', onConnected }: ConnectFormProps) {
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
    <form onSubmit={onSubmit} noValidate aria-label="Connect your Thordata account">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Find your API token, API key and account name in the Thordata dashboard under{' '}
          <Text span fw={600} c="bright">
            Dashboard → My Account
          </Text>
          . <ExternalLink href={links.myAccount}>Open My Account</ExternalLink>
        </Text>
        <TextInput
          label="API token"
          placeholder="Paste your token"
          autoComplete="off"
          spellCheck={false}
          value={form.values.token}
          onChange={(event) => form.setValue('token', event.currentTarget.value)}
          error={form.errors.token}
          withAsterisk
        />
        <PasswordField
          label="API key"
          placeholder="Paste your key"
          autoComplete="off"
          value={form.values.key}
          onChange={(event) => form.setValue('key', event.currentTarget.value)}
          error={form.errors.key}
          withAsterisk
        />
        <TextInput
          label="Account name"
          placeholder="e.g. acme_data"
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
          {submitLabel}
        </Button>
      </Stack>
    </form>
  )
}
