import { Box, Button, Group, Switch, TextInput } from '@mantine/core'
import { toAppError } from '@renderer/lib/api'
import { ErrorAlert } from '@renderer/lib/errors'
import { applyFieldError, useFormState } from '@renderer/lib/form'
import { addWhitelistIpInput, type Whitelist, type WhitelistProduct } from '@shared/domain/whitelist'
import { IconPlus } from '@tabler/icons-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isListed } from './ip'
import { useAddIp } from './queries'

interface AddIpFormProps {
  product: WhitelistProduct
  list: Whitelist | undefined
  /** Set when adding is not possible now (list unreadable, plan full); names the element saying why. */
  blockedBy?: string
  /** The address just sent, so the list can bring its row into view. */
  onAdded: (ip: string) => void
}

/** One line: the address, whether it starts enabled, Add. */
export function AddIpForm({ product, list, blockedBy, onAdded }: AddIpFormProps) {
  const { t } = useTranslation('whitelist')
  const form = useFormState({ ip: '', enabled: true })
  const add = useAddIp()
  const [formError, setFormError] = useState<unknown>(null)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (blockedBy || add.isPending) return
    setFormError(null)
    const input = form.validate(addWhitelistIpInput, { ...form.values, product })
    if (!input) return
    if (isListed(list, input.ip)) {
      form.setFieldError('ip', t('add.already', { ip: input.ip }))
      return
    }
    add.mutate(input, {
      onSuccess: () => form.reset({ ip: '', enabled: input.enabled }),
      // The typed address stays; a rejection of the value goes under the field, anything else below the form.
      onError: (error) => {
        if (applyFieldError(form, error)) return
        const appError = toAppError(error)
        if (appError.kind === 'validation') form.setFieldError('ip', appError.message)
        else setFormError(error)
      },
    })
    onAdded(input.ip)
  }

  return (
    <Box component="form" onSubmit={onSubmit} noValidate aria-label={t('add.form')} style={{ flex: '1 1 380px' }}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <TextInput
          aria-label={t('add.ip')}
          placeholder={t('add.placeholder')}
          value={form.values.ip}
          onChange={(event) => form.setValue('ip', event.currentTarget.value)}
          error={form.errors.ip}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          style={{ flex: '1 1 200px', minWidth: 0 }}
        />
        <Switch
          label={t('add.enabled')}
          checked={form.values.enabled}
          onChange={(event) => form.setValue('enabled', event.currentTarget.checked)}
          mt={8}
          style={{ flex: 'none' }}
        />
        <Button
          type="submit"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          loading={add.isPending}
          disabled={Boolean(blockedBy)}
          aria-describedby={blockedBy}
          style={{ flex: 'none' }}
        >
          {t('add.submit')}
        </Button>
      </Group>
      {formError ? (
        <Box mt="sm">
          <ErrorAlert error={formError} />
        </Box>
      ) : null}
    </Box>
  )
}
