import { Alert, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core'
import { type ExtractSeparator, extractProtocols, extractSeparators, MAX_EXTRACT_COUNT } from '@shared/domain/extract'
import { IconAlertTriangle, IconFlask } from '@tabler/icons-react'
import { useCallback, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExtractField, ExtractForm } from './form-model'
import { CountryField, StateCityFields } from './PlaceFields'
import { ServerField } from './ServerField'

interface LinkFormProps {
  form: ExtractForm
  set: <K extends keyof ExtractForm>(field: K, value: ExtractForm[K]) => void
  errors: Partial<Record<ExtractField, string>>
  accountName: string | null
  accountNameRejected: boolean
}

/** The builder's fields: the documented ones, then the SDK extras behind "Advanced". */
export function LinkForm({ form, set, errors, accountName, accountNameRejected }: LinkFormProps) {
  const { t } = useTranslation('extract')
  const sessionLabel = useId()
  const unlimited = form.product === 'unlimited'
  const setCountry = useCallback((code: string) => set('country', code), [set])
  const setServer = useCallback((id: string) => set('server', id), [set])
  return (
    <Stack gap="md" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" mb="xs">
        {t('form.label')}
      </Text>
      <TextInput
        label={t('form.account')}
        value={accountName ?? ''}
        readOnly
        description={accountNameRejected ? undefined : t('form.accountHint')}
        error={accountNameRejected ? t('form.accountWrong') : undefined}
        rightSection={accountNameRejected ? <IconAlertTriangle size={16} aria-hidden="true" /> : null}
      />
      <Stack gap={6}>
        <Text size="sm" fw={500} id={sessionLabel}>
          {t('form.session')}
        </Text>
        <SegmentedControl
          aria-labelledby={sessionLabel}
          value={form.session}
          onChange={(value) => set('session', value as ExtractForm['session'])}
          data={[
            { value: 'rotating', label: t('form.rotating') },
            { value: 'sticky', label: t('form.sticky') },
          ]}
          fullWidth
        />
        <Text size="xs" c="dimmed">
          {form.session === 'sticky' ? t('form.stickyHint') : t('form.rotatingHint')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NumberInput
          label={t('form.count')}
          value={form.count}
          onChange={(value) => set('count', value)}
          min={1}
          max={MAX_EXTRACT_COUNT}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          error={errors.count}
        />
        <CountryField
          product={form.product}
          value={form.country}
          onChange={setCountry}
          error={errors.country}
          optional={unlimited}
        />
      </SimpleGrid>
      {unlimited ? <ServerField value={form.server} onChange={setServer} error={errors.server} /> : null}
      <Switch
        label={t('advanced.toggle')}
        checked={form.advanced}
        onChange={(e) => set('advanced', e.currentTarget.checked)}
      />
      {form.advanced ? <AdvancedFields form={form} set={set} errors={errors} /> : null}
    </Stack>
  )
}

function AdvancedFields({ form, set, errors }: Pick<LinkFormProps, 'form' | 'set' | 'errors'>) {
  const { t } = useTranslation('extract')
  const none = { value: '', label: t('advanced.none') }
  return (
    <Stack gap="md">
      <Alert variant="outline" color="yellow" icon={<IconFlask size={18} aria-hidden="true" />} p="sm">
        <Text size="sm">{t('advanced.notice')}</Text>
      </Alert>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <Select
          label={t('advanced.protocol')}
          data={[none, ...extractProtocols.map((p) => ({ value: p, label: p }))]}
          value={form.protocol}
          onChange={(v) => set('protocol', (v ?? '') as ExtractForm['protocol'])}
          allowDeselect={false}
          error={errors.protocol}
        />
        <Select
          label={t('advanced.returnType')}
          data={[none, { value: 'txt', label: t('advanced.text') }, { value: 'json', label: t('advanced.json') }]}
          value={form.returnType}
          onChange={(v) => set('returnType', (v ?? '') as ExtractForm['returnType'])}
          allowDeselect={false}
          error={errors.returnType}
        />
        <Select
          label={t('advanced.separator')}
          data={[
            none,
            ...(Object.keys(extractSeparators) as ExtractSeparator[]).map((s) => ({
              value: s,
              label: t(`advanced.separators.${s}`),
            })),
          ]}
          value={form.separator}
          onChange={(v) => set('separator', (v ?? '') as ExtractForm['separator'])}
          allowDeselect={false}
          error={errors.separator}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <StateCityFields
          product={form.product}
          country={form.country}
          state={form.state}
          city={form.city}
          onState={(code) => {
            set('state', code)
            set('city', '')
          }}
          onCity={(code) => set('city', code)}
          errors={errors}
        />
      </SimpleGrid>
    </Stack>
  )
}
