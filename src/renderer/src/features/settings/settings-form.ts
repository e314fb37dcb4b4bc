import { applyFieldError, useFormState } from '@renderer/lib/form'
import { useBlockLeaving } from '@renderer/lib/leave-guard'
import { notifySuccess } from '@renderer/lib/notify'
import { type AppSettings, settingsSchema } from '@shared/domain/settings'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUpdateSettings } from './queries'

type NumberField = 'lowBalanceGb' | 'trayRefreshMinutes' | 'forecastWarningDays'
/** NumberInput reports '' while the field is empty. */
export type SettingsValues = Omit<AppSettings, NumberField> & Record<NumberField, number | string>

/** Compares by value: `sectionHosts` is an object, and the schema's parse hands back a copy of it. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * One Settings form over some of the settings (`fields`): what was typed, whether it differs from what is saved
 * (switching tabs then asks first), and a submit that validates with the shared schema and saves only what
 * changed. `numberMessages` replaces the schema's words for a number field that is empty or out of range.
 */
export function useSettingsForm<K extends keyof AppSettings>(
  saved: AppSettings,
  fields: readonly K[],
  numberMessages: Partial<Record<NumberField, string>> = {},
) {
  const { t } = useTranslation('settings')
  const form = useFormState<SettingsValues>(saved)
  const update = useUpdateSettings()
  const [formError, setFormError] = useState<unknown>(null)
  const dirty = fields.some((field) => !same(form.values[field], saved[field]))
  useBlockLeaving(dirty)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const asNumber = (value: number | string) => (typeof value === 'number' ? value : Number.NaN)
    const input = {
      ...form.values,
      lowBalanceGb: asNumber(form.values.lowBalanceGb),
      trayRefreshMinutes: asNumber(form.values.trayRefreshMinutes),
      forecastWarningDays: asNumber(form.values.forecastWarningDays),
    }
    const parsed = form.validate(settingsSchema, input)
    for (const [field, message] of Object.entries(numberMessages) as [NumberField, string][]) {
      if (!settingsSchema.shape[field].safeParse(input[field]).success) form.setFieldError(field, message)
    }
    if (!parsed) return
    const patch = Object.fromEntries(fields.filter((f) => !same(parsed[f], saved[f])).map((f) => [f, parsed[f]]))
    update.mutate(patch, {
      onSuccess: (next) => {
        form.reset({ ...form.values, ...Object.fromEntries(fields.map((f) => [f, next[f]])) })
        notifySuccess(t('saved'))
      },
      // A failed save keeps what was typed; the error goes under its field when it names one.
      onError: (error) => {
        if (!applyFieldError(form, error)) setFormError(error)
      },
    })
  }

  const discard = () => form.reset(saved)

  return { form, dirty, submit, discard, saving: update.isPending, formError }
}
