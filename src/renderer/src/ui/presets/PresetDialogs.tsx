import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { applyFieldError, translateIssue } from '@renderer/lib/form'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { notifySuccess } from '@renderer/lib/notify'
import { Dialog } from '@renderer/ui/Dialog'
import { type Preset, presetName, presetNameKey, type SavePresetInput } from '@shared/domain/presets'
import { type FormEvent, type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** The name's problem as typed: empty, too long, or taken by another preset (case and spaces do not count). */
export function presetNameProblem(name: string, presets: readonly Preset[], exceptId?: string): string | null {
  const parsed = presetName.safeParse(name)
  if (!parsed.success) return translateIssue(parsed.error.issues[0]?.message ?? '')
  const taken = presets.some((p) => p.id !== exceptId && presetNameKey(p.name) === presetNameKey(name))
  return taken ? translateIssue('validation:presets.duplicate') : null
}

/** What is saved besides the name: the form's input (and, for an endpoint, its copy format). */
export type PresetDraft = SavePresetInput extends infer I
  ? I extends unknown
    ? Omit<I, 'name' | 'makeDefault'>
    : never
  : never

interface SavePresetDialogProps {
  opened: boolean
  onClose: () => void
  title: string
  /** Every saved preset, of both kinds: names are unique across them. */
  presets: readonly Preset[]
  /** What to save; null while the form has a problem (Save is then refused). */
  draft: PresetDraft | null
  hint?: string
  placeholder?: string
  /** Fields of the feature's own, shown between the name and "Use as the default". */
  children?: ReactNode
}

/**
 * Names the form and keeps it in settings (presets.save). Each opening starts blank; "Use as the default" starts
 * on for the first preset, since the tray and the shortcut copy the default.
 */
export function SavePresetDialog({ opened, onClose, title, ...props }: SavePresetDialogProps) {
  return (
    <Dialog opened={opened} onClose={onClose} title={title}>
      {opened ? <SaveForm onClose={onClose} {...props} /> : null}
    </Dialog>
  )
}

function SaveForm({
  onClose,
  presets,
  draft,
  hint,
  placeholder,
  children,
}: Omit<SavePresetDialogProps, 'opened' | 'title'>) {
  const { t } = useTranslation('common')
  const save = useChannelMutation('presets.save')
  const [makeDefault, setMakeDefault] = useState(presets.length === 0)
  return (
    <NameForm
      presets={presets}
      initial=""
      placeholder={placeholder}
      hint={hint}
      submitLabel={t('presets.submit')}
      pending={save.isPending}
      failure={save.isError ? save.error : null}
      submit={(name, onFieldError) => {
        if (!draft) return
        save.mutate({ ...draft, name, makeDefault } as SavePresetInput, {
          onSuccess: () => {
            notifySuccess(t('presets.saved', { name: name.trim() }))
            onClose()
          },
          onError: onFieldError,
        })
      }}
    >
      {children}
      <Checkbox
        label={t('presets.makeDefault')}
        checked={makeDefault}
        onChange={(e) => setMakeDefault(e.currentTarget.checked)}
      />
    </NameForm>
  )
}

interface RenamePresetDialogProps {
  /** The preset to rename; null = closed. */
  preset: Preset | null
  presets: readonly Preset[]
  onClose: () => void
}

/** Renames a preset (presets.rename); the field starts with its current name. */
export function RenamePresetDialog({ preset, presets, onClose }: RenamePresetDialogProps) {
  const { t } = useTranslation('common')
  return (
    <Dialog opened={preset !== null} onClose={onClose} title={t('presets.renameTitle')}>
      {preset ? <RenameForm key={preset.id} preset={preset} presets={presets} onClose={onClose} /> : null}
    </Dialog>
  )
}

function RenameForm({ preset, presets, onClose }: RenamePresetDialogProps & { preset: Preset }) {
  const { t } = useTranslation('common')
  const rename = useChannelMutation('presets.rename')
  return (
    <NameForm
      presets={presets}
      exceptId={preset.id}
      initial={preset.name}
      submitLabel={t('presets.renameSubmit')}
      pending={rename.isPending}
      failure={rename.isError ? rename.error : null}
      submit={(name, onFieldError) =>
        rename.mutate(
          { id: preset.id, name },
          {
            onSuccess: () => {
              notifySuccess(t('presets.renamed', { name: name.trim() }))
              onClose()
            },
            onError: onFieldError,
          },
        )
      }
    />
  )
}

interface NameFormProps {
  presets: readonly Preset[]
  exceptId?: string
  initial: string
  placeholder?: string
  hint?: string
  submitLabel: string
  pending: boolean
  failure: Error | null
  /** Called with a name that passed the checks; `onFieldError` puts main's answer on the field when it names it. */
  submit: (name: string, onFieldError: (failure: Error) => void) => void
  children?: ReactNode
}

/** The name field with its checks (the same in main), the extra fields, and the request's error. */
function NameForm({
  presets,
  exceptId,
  initial,
  placeholder,
  hint,
  submitLabel,
  pending,
  failure,
  submit,
  children,
}: NameFormProps) {
  const { t } = useTranslation('common')
  const [name, setName] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const form = { values: { name }, setFieldError: (_: 'name', message: string) => setError(message) }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const problem = presetNameProblem(name, presets, exceptId)
    if (problem) return setError(problem)
    submit(name, (failure) => void applyFieldError(form, failure))
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {hint ? (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        ) : null}
        <TextInput
          data-autofocus
          label={t('presets.name')}
          placeholder={placeholder}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value)
            setError(null)
          }}
          error={error}
          maxLength={60}
        />
        {children}
        {failure && !error ? <ErrorAlert error={failure} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
