import { Box, Button, Group, NativeSelect, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { applyFieldError, useFormState } from '@renderer/lib/form'
import { PasswordField } from '@renderer/ui/PasswordField'
import {
  type ProxyUser,
  type ProxyUserProduct,
  type ProxyUserValues,
  proxyUserValues,
} from '@shared/domain/proxy-users'
import { IconWand } from '@tabler/icons-react'
import { type FormEvent, type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type LimitUnit, limitAmount, limitBytes, limitUnits } from './limit'
import { generatePassword } from './password'
import { useCreateProxyUser, useUpdateProxyUser } from './queries'

type FormValues = {
  username: string
  password: string
  /** In `unit`; the schema checks it once converted to bytes. */
  trafficLimit: number | string
  unit: LimitUnit
  enabled: boolean
}

/** The shared proxyUserValues rules, with the limit under this form's field name so its errors land there. */
const formSchema = proxyUserValues
  .omit({ trafficLimitBytes: true })
  .extend({ trafficLimit: proxyUserValues.shape.trafficLimitBytes })

function initialValues(user: ProxyUser | null): FormValues {
  if (!user) return { username: '', password: '', trafficLimit: 0, unit: 'GB', enabled: true }
  const { amount, unit } = limitAmount(user.trafficLimitBytes)
  return { username: user.username, password: user.password, trafficLimit: amount, unit, enabled: user.enabled }
}

interface UserFormProps {
  product: ProxyUserProduct
  /** null adds a new user. */
  user: ProxyUser | null
  onDone: () => void
}

export function UserForm({ product, user, onDone }: UserFormProps) {
  const { t } = useTranslation(['proxyUsers', 'common'])
  const [initial] = useState(() => initialValues(user))
  const form = useFormState<FormValues>(initial)
  const [passwordVisible, setPasswordVisible] = useState(false)
  const [formError, setFormError] = useState<unknown>(null)
  const create = useCreateProxyUser()
  const update = useUpdateProxyUser()
  const { values, errors } = form
  const enabledHint = useId()

  // A failed save keeps everything typed; Thordata's rejection goes under the field it names.
  const onFailed = (error: unknown) => {
    const placed = applyFieldError(
      {
        values: { ...values, trafficLimitBytes: null },
        setFieldError: (field, message) =>
          form.setFieldError(field === 'trafficLimitBytes' ? 'trafficLimit' : (field as keyof FormValues), message),
      },
      error,
    )
    if (!placed) setFormError(error)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    // An untouched limit is sent exactly as stored, not as re-rounded from what the form displays.
    const limitUntouched = user !== null && values.trafficLimit === initial.trafficLimit && values.unit === initial.unit
    const trafficLimit = limitUntouched
      ? user.trafficLimitBytes
      : limitBytes({ amount: values.trafficLimit, unit: values.unit })
    const parsed = form.validate(formSchema, { ...values, trafficLimit })
    if (!parsed) return
    const next: ProxyUserValues = {
      username: parsed.username,
      password: parsed.password,
      trafficLimitBytes: parsed.trafficLimit,
      enabled: parsed.enabled,
    }
    const callbacks = { onSuccess: onDone, onError: onFailed }
    if (user) update.mutate({ product, username: user.username, next }, callbacks)
    else create.mutate({ product, ...next }, callbacks)
  }

  const generate = () => {
    form.setValue('password', generatePassword())
    setPasswordVisible(true)
  }

  const besides = (extra: ReactNode) => (input: ReactNode) => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Box style={{ flex: 1 }}>{input}</Box>
      {/* Mantine nudges an input under a label down by half the xs spacing; its neighbour has to follow. */}
      <Box mt="calc(var(--mantine-spacing-xs) / 2)">{extra}</Box>
    </Group>
  )

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={user ? t('form.editTitle', { name: user.username }) : t(`form.addTitle.${product}`)}
    >
      <Stack gap="md">
        <TextInput
          label={t('form.username')}
          description={user ? t('form.renameHint') : t('form.usernameHint')}
          value={values.username}
          onChange={(event) => form.setValue('username', event.currentTarget.value)}
          error={errors.username}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <PasswordField
          label={t('form.password')}
          description={t('form.passwordHint')}
          value={values.password}
          onChange={(event) => form.setValue('password', event.currentTarget.value)}
          error={errors.password}
          visible={passwordVisible}
          onVisibilityChange={setPasswordVisible}
          visibilityToggleButtonProps={{
            'aria-label': passwordVisible ? t('form.hideCharacters') : t('form.showCharacters'),
          }}
          autoComplete="new-password"
          spellCheck={false}
          inputContainer={besides(
            <Button variant="default" leftSection={<IconWand size={16} aria-hidden="true" />} onClick={generate}>
              {t('form.generate')}
            </Button>,
          )}
        />
        <NumberInput
          label={t('form.limit')}
          description={t('form.limitHint')}
          value={values.trafficLimit}
          onChange={(value) => form.setValue('trafficLimit', value)}
          error={errors.trafficLimit}
          min={0}
          allowNegative={false}
          decimalScale={values.unit === 'GB' ? 2 : 0}
          inputContainer={besides(
            <NativeSelect
              aria-label={t('form.limitUnit')}
              data={limitUnits}
              value={values.unit}
              onChange={(event) => form.setValue('unit', event.currentTarget.value as LimitUnit)}
              w={84}
            />,
          )}
        />
        <Stack gap={4}>
          {/* Not the Switch's description: that sits inside its <label> and would become part of its name. */}
          <Switch
            label={t('form.enabled')}
            checked={values.enabled}
            onChange={(event) => form.setValue('enabled', event.currentTarget.checked)}
            aria-describedby={enabledHint}
          />
          <Text id={enabledHint} size="xs" c="dimmed">
            {t('form.enabledHint')}
          </Text>
        </Stack>
        {formError ? <ErrorAlert error={formError} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
