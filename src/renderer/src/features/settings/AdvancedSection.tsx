import { Alert, Group, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { switchLanguage } from '@renderer/lib/i18n'
import { notifySuccess } from '@renderer/lib/notify'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import type { AppSettings } from '@shared/domain/settings'
import { IconInfoCircle } from '@tabler/icons-react'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BalanceUnitNotice, useUnitOptions } from './BalanceUnitNotice'
import { languageFor, SaveBar } from './PreferencesSection'
import { useResetSettings, useSettings } from './queries'
import { SectionHostsFields } from './SectionHostsFields'
import { SettingsSection } from './SettingsSection'
import { useSettingsForm } from './settings-form'

interface AdvancedSectionProps {
  generation: number
  /** After "Reset to defaults": every form starts again from the saved (default) values. */
  onReset: () => void
}

export function AdvancedSection({ generation, onReset }: AdvancedSectionProps) {
  const { t } = useTranslation('settings')
  const settings = useSettings()
  return (
    <SettingsSection id="settings-advanced" title={t('advanced.title')} description={t('advanced.description')}>
      {settings.isError ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
      ) : settings.isPending ? (
        <Stack gap="lg" aria-busy="true">
          <Skeleton h={56} />
          <Skeleton h={120} />
          <Skeleton h={56} />
        </Stack>
      ) : (
        <AdvancedForm key={generation} saved={settings.data} onReset={onReset} />
      )}
    </SettingsSection>
  )
}

const fields = [
  'apiBaseUrl',
  'fallbackApiBaseUrl',
  'sectionHosts',
  'balanceUnit',
  'usageUnit',
  'publicIpUrl',
  'ipEchoUrl',
] as const

function AdvancedForm({ saved, onReset }: { saved: AppSettings; onReset: () => void }) {
  const { t } = useTranslation('settings')
  const { form, dirty, submit, discard, saving, formError } = useSettingsForm(saved, fields)
  const reset = useResetSettings()
  const { balanceUnits, usageUnits } = useUnitOptions()

  const text = (field: 'apiBaseUrl' | 'fallbackApiBaseUrl' | 'publicIpUrl' | 'ipEchoUrl') => ({
    value: form.values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => form.setValue(field, event.currentTarget.value),
    error: form.errors[field],
    spellCheck: false,
    autoComplete: 'off',
  })

  return (
    <form onSubmit={submit} noValidate aria-label={t('advanced.formLabel')}>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TextInput
            label={t('advanced.apiBaseUrl')}
            description={t('advanced.apiBaseUrlDescription')}
            {...text('apiBaseUrl')}
          />
          <TextInput
            label={t('advanced.fallback')}
            description={t('advanced.fallbackDescription')}
            {...text('fallbackApiBaseUrl')}
          />
        </SimpleGrid>

        <SectionHostsFields
          value={form.values.sectionHosts}
          mainUrl={form.values.apiBaseUrl}
          fallbackUrl={form.values.fallbackApiBaseUrl}
          onChange={(next) => form.setValue('sectionHosts', next)}
        />

        <Stack gap="sm">
          <Title order={3} fz="md">
            {t('units.title')}
          </Title>
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden="true" />} p="sm">
            <Text size="sm">{t('units.note')}</Text>
          </Alert>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Select
              label={t('units.balance')}
              description={t('units.balanceDescription')}
              data={balanceUnits}
              allowDeselect={false}
              value={form.values.balanceUnit}
              onChange={(value) => value && form.setValue('balanceUnit', value as AppSettings['balanceUnit'])}
              error={form.errors.balanceUnit}
            />
            <Select
              label={t('units.usage')}
              description={t('units.usageDescription')}
              data={usageUnits}
              allowDeselect={false}
              value={form.values.usageUnit}
              onChange={(value) => value && form.setValue('usageUnit', value as AppSettings['usageUnit'])}
              error={form.errors.usageUnit}
            />
          </SimpleGrid>
          <BalanceUnitNotice />
        </Stack>

        <TextInput
          label={t('advanced.publicIp')}
          description={t('advanced.publicIpDescription')}
          {...text('publicIpUrl')}
        />
        <TextInput label={t('advanced.ipEcho')} description={t('advanced.ipEchoDescription')} {...text('ipEchoUrl')} />

        {formError ? <ErrorAlert error={formError} /> : null}

        <Group justify="space-between" gap="sm">
          <ConfirmAction
            trigger={{ label: t('advanced.reset'), variant: 'subtle', color: 'gray' }}
            title={t('advanced.resetTitle')}
            body={t('advanced.resetBody')}
            confirmLabel={t('advanced.resetConfirm')}
            danger
            action={() => reset.mutateAsync()}
            onSuccess={(next) => {
              void switchLanguage(languageFor(next.language))
              onReset()
              notifySuccess(t('resetDone'))
            }}
          />
          <SaveBar dirty={dirty} saving={saving} onDiscard={discard} />
        </Group>
      </Stack>
    </form>
  )
}
