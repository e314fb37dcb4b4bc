import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { ErrorAlert } from '@renderer/lib/errors'
import { applyFieldError, useFormState } from '@renderer/lib/form'
import type { AppSettings } from '@shared/domain/settings'
import { settingsSchema } from '@shared/domain/settings'
import { IconInfoCircle } from '@tabler/icons-react'
import { type ChangeEvent, type FormEvent, useState } from 'react'
import { BalanceUnitNotice, balanceUnitOptions } from './BalanceUnitNotice'
import { useResetSettings, useUpdateSettings } from './queries'
import { SectionHostsFields } from './SectionHostsFields'

/** NumberInput reports '' while the field is empty. */
type FormValues = Omit<AppSettings, 'lowBalanceGb'> & { lowBalanceGb: number | string }

const unitOptions = [
  { value: 'B', label: 'Bytes (B)' },
  { value: 'KB', label: 'Kilobytes (KB)' },
  { value: 'MB', label: 'Megabytes (MB)' },
  { value: 'GB', label: 'Gigabytes (GB)' },
]

/** Compares by value: `sectionHosts` is an object, and the schema's parse hands back a copy of it. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

function changedFields(next: AppSettings, saved: AppSettings): Partial<AppSettings> {
  const keys = Object.keys(next) as (keyof AppSettings)[]
  return Object.fromEntries(keys.filter((key) => !same(next[key], saved[key])).map((key) => [key, next[key]]))
}

export function ApiSettingsForm({ saved }: { saved: AppSettings }) {
  const form = useFormState<FormValues>(saved)
  const update = useUpdateSettings()
  const reset = useResetSettings()
  const [formError, setFormError] = useState<unknown>(null)
  const dirty = (Object.keys(saved) as (keyof AppSettings)[]).some((key) => !same(form.values[key], saved[key]))

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const lowBalanceGb = typeof form.values.lowBalanceGb === 'number' ? form.values.lowBalanceGb : Number.NaN
    const parsed = form.validate(settingsSchema, { ...form.values, lowBalanceGb })
    if (Number.isNaN(lowBalanceGb)) form.setFieldError('lowBalanceGb', 'Enter a number of GB; 0 turns the warning off')
    if (!parsed) return
    update.mutate(changedFields(parsed, saved), {
      onSuccess: (next) => {
        form.reset(next)
        notifications.show({ color: 'teal', message: 'Settings saved' })
      },
      // A failed save keeps what was typed; the error goes under its field when it names one.
      onError: (error) => {
        if (!applyFieldError(form, error)) setFormError(error)
      },
    })
  }

  const onReset = () => {
    setFormError(null)
    reset.mutate(undefined, {
      onSuccess: (next) => {
        form.reset(next)
        notifications.show({ color: 'teal', message: 'Settings reset to their defaults' })
      },
      onError: setFormError,
    })
  }

  const text = (field: 'apiBaseUrl' | 'fallbackApiBaseUrl' | 'publicIpUrl') => ({
    value: form.values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => form.setValue(field, event.currentTarget.value),
    error: form.errors[field],
    spellCheck: false,
    autoComplete: 'off',
  })

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Thordata API settings">
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TextInput label="API base URL" description="Where requests go first" {...text('apiBaseUrl')} />
          <TextInput
            label="Fallback base URL"
            description="Tried when the first cannot be reached; leave empty for none"
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
          <Title order={4} fz="md">
            Units
          </Title>
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} p="sm">
            <Text size="sm">
              Thordata's documentation and its SDKs disagree about the units of some figures. The defaults follow the
              documentation. If your balance or usage looks 1,024 times too large or too small, change the unit here.
            </Text>
          </Alert>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Select
              label="Traffic balance unit"
              description="Automatic by default: the docs say megabytes, the SDK spec kilobytes."
              data={balanceUnitOptions}
              allowDeselect={false}
              value={form.values.balanceUnit}
              onChange={(value) => value && form.setValue('balanceUnit', value as AppSettings['balanceUnit'])}
              error={form.errors.balanceUnit}
            />
            <Select
              label="Usage statistics unit"
              description="Docs: kilobytes (the default)."
              data={unitOptions}
              allowDeselect={false}
              value={form.values.usageUnit}
              onChange={(value) => value && form.setValue('usageUnit', value as AppSettings['usageUnit'])}
              error={form.errors.usageUnit}
            />
          </SimpleGrid>
          <BalanceUnitNotice />
        </Stack>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TextInput
            label="Public IP service"
            description="Answers with this computer's public IP, as text or JSON {ip}"
            {...text('publicIpUrl')}
          />
          <NumberInput
            label="Low balance warning (GB)"
            description="Warn when traffic left falls below this; 0 turns it off"
            min={0}
            max={100_000}
            decimalScale={2}
            value={form.values.lowBalanceGb}
            onChange={(value) => form.setValue('lowBalanceGb', value)}
            error={form.errors.lowBalanceGb}
          />
        </SimpleGrid>

        {formError ? <ErrorAlert error={formError} /> : null}

        <Group justify="space-between">
          <Button variant="subtle" color="gray" onClick={onReset} loading={reset.isPending}>
            Reset to defaults
          </Button>
          <Group gap="sm">
            {dirty ? (
              <Button variant="default" onClick={() => form.reset(saved)}>
                Discard changes
              </Button>
            ) : null}
            <Button type="submit" loading={update.isPending} disabled={!dirty && !update.isPending}>
              Save changes
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
