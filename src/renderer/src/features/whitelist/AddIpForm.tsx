import { Box, Button, Group, Switch, TextInput } from '@mantine/core'
import { toAppError } from '@renderer/lib/api'
import { ErrorAlert } from '@renderer/lib/errors'
import { applyFieldError, useFormState } from '@renderer/lib/form'
import { addWhitelistIpInput, type Whitelist, type WhitelistProduct } from '@shared/domain/whitelist'
import { IconPlus } from '@tabler/icons-react'
import { type FormEvent, useState } from 'react'
import { isListed } from './ip'
import { useAddIp } from './queries'

interface AddIpFormProps {
  product: WhitelistProduct
  list: Whitelist | undefined
  /** Set when the plan has no slot left; names the element explaining why. */
  fullNoteId?: string
}

export function AddIpForm({ product, list, fullNoteId }: AddIpFormProps) {
  const form = useFormState({ ip: '', enabled: true })
  const add = useAddIp()
  const [formError, setFormError] = useState<unknown>(null)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const input = form.validate(addWhitelistIpInput, { ...form.values, product })
    if (!input) return
    if (isListed(list, input.ip)) {
      form.setFieldError('ip', `${input.ip} is already on the whitelist`)
      return
    }
    add.mutate(input, {
      onSuccess: () => form.reset({ ip: '', enabled: input.enabled }),
      // The typed address stays; a rejection of the value goes under the field, anything else above the button.
      onError: (error) => {
        if (applyFieldError(form, error)) return
        const appError = toAppError(error)
        if (appError.kind === 'validation') form.setFieldError('ip', appError.message)
        else setFormError(error)
      },
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add one IP">
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput
          label="IP address"
          placeholder="203.0.113.7 or 2001:db8::1"
          value={form.values.ip}
          onChange={(event) => form.setValue('ip', event.currentTarget.value)}
          error={form.errors.ip}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          style={{ flex: '1 1 260px' }}
        />
        <Switch
          label="Enabled"
          checked={form.values.enabled}
          onChange={(event) => form.setValue('enabled', event.currentTarget.checked)}
          mt={32}
        />
        <Button
          type="submit"
          leftSection={<IconPlus size={16} />}
          loading={add.isPending}
          disabled={Boolean(fullNoteId)}
          aria-describedby={fullNoteId}
          mt={25}
        >
          Add IP
        </Button>
      </Group>
      {formError ? (
        <Box mt="md">
          <ErrorAlert error={formError} />
        </Box>
      ) : null}
    </form>
  )
}
