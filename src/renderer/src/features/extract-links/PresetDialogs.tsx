import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { applyFieldError, translateIssue } from '@renderer/lib/form'
import { notifySuccess } from '@renderer/lib/notify'
import { Dialog } from '@renderer/ui/Dialog'
import type { ExtractInput } from '@shared/domain/extract'
import { type Preset, presetName, presetNameKey } from '@shared/domain/presets'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRenamePreset, useSavePreset } from './queries'

/** The name's problem as the user types it: empty, too long, or taken by another preset. */
function nameProblem(name: string, presets: readonly Preset[], exceptId?: string): string | null {
  const parsed = presetName.safeParse(name)
  if (!parsed.success) return translateIssue(parsed.error.issues[0].message)
  const taken = presets.some((p) => p.id !== exceptId && presetNameKey(p.name) === presetNameKey(name))
  return taken ? translateIssue('validation:presets.duplicate') : null
}

/** Mounted while open, so each opening starts from a blank name. */
interface NameDialogProps {
  onClose: () => void
  presets: readonly Preset[]
}

export function SavePresetDialog({ onClose, presets, input }: NameDialogProps & { input: ExtractInput | null }) {
  const { t } = useTranslation('extract')
  const save = useSavePreset()
  const [name, setName] = useState('')
  const [makeDefault, setMakeDefault] = useState(presets.length === 0)
  const [error, setError] = useState<string | null>(null)
  const form = { values: { name }, setFieldError: (_: 'name', message: string) => setError(message) }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = nameProblem(name, presets)
    if (problem || !input) return setError(problem)
    save.mutate(
      { kind: 'extract', name, input, makeDefault },
      {
        onSuccess: () => {
          notifySuccess(t('presets.saved', { name: name.trim() }))
          onClose()
        },
        onError: (failure) => void applyFieldError(form, failure),
      },
    )
  }
  return (
    <Dialog opened onClose={onClose} title={t('presets.saveTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            data-autofocus
            label={t('presets.name')}
            placeholder={t('presets.namePlaceholder')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value)
              setError(null)
            }}
            error={error}
            maxLength={60}
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

export function RenamePresetDialog({ onClose, presets, preset }: NameDialogProps & { preset: Preset }) {
  const { t } = useTranslation('extract')
  const rename = useRenamePreset()
  const [name, setName] = useState(preset.name)
  const [error, setError] = useState<string | null>(null)
  const form = { values: { name }, setFieldError: (_: 'name', message: string) => setError(message) }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = nameProblem(name, presets, preset.id)
    if (problem) return setError(problem)
    rename.mutate(
      { id: preset.id, name },
      {
        onSuccess: () => {
          notifySuccess(t('presets.renamed', { name: name.trim() }))
          onClose()
        },
        onError: (failure) => void applyFieldError(form, failure),
      },
    )
  }
  return (
    <Dialog opened onClose={onClose} title={t('presets.renameTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            data-autofocus
            label={t('presets.name')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value)
              setError(null)
            }}
            error={error}
            maxLength={60}
          />
          {rename.isError && !error ? <ErrorAlert error={rename.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={rename.isPending}>
              {t('presets.renameSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  )
}
