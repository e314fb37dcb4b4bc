import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { applyFieldError, translateIssue } from '@renderer/lib/form'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { notifySuccess } from '@renderer/lib/notify'
import { Dialog } from '@renderer/ui/Dialog'
import { type EndpointFormat, type EndpointInput, endpointFormats } from '@shared/domain/endpoint'
import { type Preset, presetName, presetNameKey } from '@shared/domain/presets'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface SavePresetProps {
  opened: boolean
  onClose: () => void
  presets: readonly Preset[]
  input: EndpointInput | null
}

/** Names the endpoint and its copy format and keeps them in settings (presets.save, kind "endpoint"). */
export function SavePresetDialog({ opened, onClose, presets, input }: SavePresetProps) {
  const { t } = useTranslation('endpoints')
  const save = useChannelMutation('presets.save')
  const [name, setName] = useState('')
  const [format, setFormat] = useState<EndpointFormat>('hostPortUserPass')
  const [makeDefault, setMakeDefault] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const form = { values: { name }, setFieldError: (_: 'name', message: string) => setError(message) }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = presetName.safeParse(name)
    if (!parsed.success) return setError(translateIssue(parsed.error.issues[0]?.message ?? ''))
    if (presets.some((p) => presetNameKey(p.name) === presetNameKey(name))) {
      return setError(translateIssue('validation:presets.duplicate'))
    }
    if (!input) return
    save.mutate(
      { kind: 'endpoint', name, input, format, makeDefault },
      {
        onSuccess: () => {
          notifySuccess(t('presets.saved', { name: name.trim() }))
          setName('')
          onClose()
        },
        onError: (failure) => void applyFieldError(form, failure),
      },
    )
  }
  return (
    <Dialog opened={opened} onClose={onClose} title={t('presets.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('presets.hint')}
          </Text>
          <TextInput
            data-autofocus
            label={t('presets.name')}
            placeholder={t('presets.placeholder')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value)
              setError(null)
            }}
            error={error}
            maxLength={60}
          />
          <Select
            label={t('presets.format')}
            data={endpointFormats.map((f) => ({ value: f, label: t(`preview.formats.${f}`) }))}
            value={format}
            onChange={(next) => next && setFormat(next as EndpointFormat)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox
            label={t('presets.makeDefault')}
            checked={makeDefault}
            onChange={(e) => setMakeDefault(e.currentTarget.checked)}
          />
          {save.isError && !error ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('presets.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  )
}
