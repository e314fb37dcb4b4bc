import { Button, Group, NumberInput, Select, SimpleGrid, Skeleton, Stack, Switch } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { switchLanguage } from '@renderer/lib/i18n'
import type { AppSettings } from '@shared/domain/settings'
import { type LanguagePreference, languageNames, languagePreferences, resolveLanguage } from '@shared/i18n/languages'
import { useTranslation } from 'react-i18next'
import { useSettings, useUpdateSettings } from './queries'
import { SettingsSection } from './SettingsSection'
import { ShortcutField } from './ShortcutField'
import { useSettingsForm } from './settings-form'

const systemLocales = () => navigator.languages ?? [navigator.language]

/** The language to show for a preference, on this system. */
export const languageFor = (preference: LanguagePreference) => resolveLanguage(preference, systemLocales())

export function PreferencesSection({ generation }: { generation: number }) {
  const { t } = useTranslation('settings')
  const settings = useSettings()
  return (
    <SettingsSection
      id="settings-preferences"
      title={t('preferences.title')}
      description={t('preferences.description')}
    >
      {settings.isError ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
      ) : settings.isPending ? (
        <Stack gap="lg" aria-busy="true">
          <Skeleton h={56} />
          <Skeleton h={56} />
        </Stack>
      ) : (
        <Stack gap="lg">
          <LanguageField saved={settings.data} />
          <PreferencesForm key={generation} saved={settings.data} />
        </Stack>
      )}
    </SettingsSection>
  )
}

/** Applied and saved at once: the window switches, and main (tray, notifications, errors) follows the saved value. */
function LanguageField({ saved }: { saved: AppSettings }) {
  const { t } = useTranslation('settings')
  const update = useUpdateSettings()
  const data = languagePreferences.map((value) => ({
    value,
    label:
      value === 'system'
        ? t('preferences.languageSystem', { name: languageNames[languageFor('system')] })
        : languageNames[value],
  }))
  const choose = (value: string | null) => {
    if (!value || value === saved.language) return
    const preference = value as LanguagePreference
    void switchLanguage(languageFor(preference))
    update.mutate({ language: preference })
  }
  return (
    <Stack gap="xs">
      <Select
        label={t('preferences.language')}
        description={t('preferences.languageDescription')}
        data={data}
        allowDeselect={false}
        value={update.isPending && update.variables?.language ? update.variables.language : saved.language}
        onChange={choose}
        maw={360}
      />
      {update.isError ? <ErrorAlert error={update.error} /> : null}
    </Stack>
  )
}

const fields = [
  'lowBalanceGb',
  'trayRefreshMinutes',
  'forecastWarningDays',
  'notifications',
  'closeToTray',
  'globalShortcut',
] as const

function PreferencesForm({ saved }: { saved: AppSettings }) {
  const { t } = useTranslation('settings')
  const { form, dirty, submit, discard, saving, formError } = useSettingsForm(saved, fields, {
    lowBalanceGb: t('preferences.lowBalanceInvalid'),
    trayRefreshMinutes: t('preferences.trayRefreshInvalid'),
    forecastWarningDays: t('preferences.forecastWarningInvalid'),
  })
  return (
    <form onSubmit={submit} noValidate aria-label={t('preferences.formLabel')}>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <NumberInput
            label={t('preferences.lowBalance')}
            description={t('preferences.lowBalanceDescription')}
            min={0}
            max={100_000}
            decimalScale={2}
            value={form.values.lowBalanceGb}
            onChange={(value) => form.setValue('lowBalanceGb', value)}
            error={form.errors.lowBalanceGb}
          />
          <NumberInput
            label={t('preferences.trayRefresh')}
            description={t('preferences.trayRefreshDescription')}
            min={1}
            max={60}
            allowDecimal={false}
            value={form.values.trayRefreshMinutes}
            onChange={(value) => form.setValue('trayRefreshMinutes', value)}
            error={form.errors.trayRefreshMinutes}
          />
          <NumberInput
            label={t('preferences.forecastWarning')}
            description={t('preferences.forecastWarningDescription')}
            min={0}
            max={365}
            allowDecimal={false}
            value={form.values.forecastWarningDays}
            onChange={(value) => form.setValue('forecastWarningDays', value)}
            error={form.errors.forecastWarningDays}
          />
        </SimpleGrid>
        <Switch
          label={t('preferences.notifications')}
          description={t('preferences.notificationsDescription')}
          checked={form.values.notifications}
          onChange={(event) => form.setValue('notifications', event.currentTarget.checked)}
        />
        <Switch
          label={t('preferences.closeToTray')}
          description={t('preferences.closeToTrayDescription')}
          checked={form.values.closeToTray}
          onChange={(event) => form.setValue('closeToTray', event.currentTarget.checked)}
        />
        <ShortcutField
          value={form.values.globalShortcut}
          onChange={(value) => form.setValue('globalShortcut', value)}
          error={form.errors.globalShortcut}
        />
        {formError ? <ErrorAlert error={formError} /> : null}
        <SaveBar dirty={dirty} saving={saving} onDiscard={discard} />
      </Stack>
    </form>
  )
}

/** Discard (while there is something to discard) and Save, at the end of each Settings form. */
export function SaveBar({ dirty, saving, onDiscard }: { dirty: boolean; saving: boolean; onDiscard: () => void }) {
  const { t } = useTranslation('settings')
  return (
    <Group justify="flex-end" gap="sm">
      {dirty ? (
        <Button variant="default" onClick={onDiscard}>
          {t('discard')}
        </Button>
      ) : null}
      <Button type="submit" loading={saving} disabled={!dirty && !saving}>
        {t('save')}
      </Button>
    </Group>
  )
}
