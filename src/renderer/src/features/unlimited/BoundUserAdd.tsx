import { Box, Button, Group, Select, Stack, Text } from '@mantine/core'
import { toAppError } from '@renderer/lib/api'
import { ErrorAlert } from '@renderer/lib/errors'
import type { BoundUser } from '@shared/domain/unlimited'
import { IconPlus } from '@tabler/icons-react'
import { type FormEvent, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBindUser, useUnlimitedUserNames } from './BoundUsersQueries'

interface BoundUserAddProps {
  server: string
  bound: readonly BoundUser[]
}

/** Pick one of the unlimited product's proxy users that is not bound yet, then Add. A refusal keeps the pick. */
export function BoundUserAdd({ server, bound }: BoundUserAddProps) {
  const { t } = useTranslation('unlimited')
  const names = useUnlimitedUserNames()
  const bind = useBindUser()
  const [picked, setPicked] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [formError, setFormError] = useState<unknown>(null)

  const options = useMemo(() => {
    const taken = new Set(bound.map((user) => user.username))
    return (names.data ?? [])
      .filter((user) => !taken.has(user.username))
      .map((user) => ({
        value: user.username,
        label: user.enabled ? user.username : t('bound.disabledUser', { name: user.username }),
      }))
  }, [names.data, bound, t])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!picked || bind.isPending) return
    setFieldError(null)
    setFormError(null)
    bind.mutate(
      { server, username: picked },
      {
        onSuccess: () => setPicked(null),
        // A refusal about the name goes under the field; anything else (network, plan) below the form.
        onError: (error) => {
          const appError = toAppError(error)
          if (appError.field === 'username' || appError.kind === 'validation') setFieldError(appError.message)
          else setFormError(error)
        },
      },
    )
  }

  const none = names.data !== undefined && names.data.length === 0
  const allBound = names.data !== undefined && !none && options.length === 0
  return (
    <Stack gap="xs">
      <Box component="form" onSubmit={onSubmit} noValidate aria-label={t('bound.add')}>
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <Select
            aria-label={t('bound.addLabel')}
            placeholder={t('bound.addPlaceholder')}
            data={options}
            value={picked}
            onChange={(value) => {
              setPicked(value)
              setFieldError(null)
            }}
            searchable
            clearable
            nothingFoundMessage={t('bound.noneToAdd')}
            disabled={names.isPending || none || allBound}
            error={fieldError ?? (names.isError ? t('bound.usersFailed') : undefined)}
            style={{ flex: '1 1 220px', minWidth: 0 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Button
            type="submit"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            loading={bind.isPending}
            disabled={!picked}
            style={{ flex: 'none' }}
          >
            {t('bound.add')}
          </Button>
        </Group>
      </Box>
      {none ? (
        <Text size="sm" c="dimmed">
          {t('bound.noUsers')}
        </Text>
      ) : null}
      {allBound ? (
        <Text size="sm" c="dimmed">
          {t('bound.noneToAdd')}
        </Text>
      ) : null}
      {formError ? <ErrorAlert error={formError} /> : null}
    </Stack>
  )
}
