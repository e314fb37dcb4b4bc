import { Stack, Switch, TextInput } from '@mantine/core'
import type { GlobalShortcutSetting } from '@shared/domain/shortcut'
import { useTranslation } from 'react-i18next'

interface ShortcutFieldProps {
  value: GlobalShortcutSetting
  onChange: (value: GlobalShortcutSetting) => void
  /** The schema's reason (already in words) when the accelerator cannot be registered. */
  error?: string
}

/** The optional global shortcut: off by default; its keys are typed in Electron's accelerator syntax. */
export function ShortcutField({ value, onChange, error }: ShortcutFieldProps) {
  const { t } = useTranslation('settings')
  return (
    <Stack gap="xs">
      <Switch
        label={t('preferences.shortcut')}
        description={t('preferences.shortcutDescription')}
        checked={value.enabled}
        onChange={(event) => onChange({ ...value, enabled: event.currentTarget.checked })}
      />
      <TextInput
        label={t('preferences.accelerator')}
        description={t('preferences.acceleratorDescription')}
        value={value.accelerator}
        onChange={(event) => onChange({ ...value, accelerator: event.currentTarget.value })}
        error={error}
        disabled={!value.enabled}
        spellCheck={false}
        autoComplete="off"
        maw={360}
        ml={54}
      />
    </Stack>
  )
}
