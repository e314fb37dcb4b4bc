import { Select, TextInput } from '@mantine/core'
import { countryName } from '@renderer/features/locations/names'
import { citiesQuery, countriesQuery, statesQuery } from '@renderer/features/locations/queries'
import type { ExtractProduct } from '@shared/domain/extract'
import { useQuery } from '@tanstack/react-query'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'

interface CountryFieldProps {
  product: ExtractProduct
  value: string
  onChange: (code: string) => void
  error?: string
  /** Unlimited links may leave the country out. */
  optional: boolean
}

/** The country from the product's own location list, searchable by name or code; a typed code if the list fails. */
/** Memoized: typing in another field must not re-render a 200-option list (keystroke → preview under 16 ms). */
export const CountryField = memo(function CountryField({
  product,
  value,
  onChange,
  error,
  optional,
}: CountryFieldProps) {
  const { t, i18n } = useTranslation('extract')
  const language = i18n.language
  const countries = useQuery(countriesQuery(product))
  const data = useMemo(
    () =>
      (countries.data ?? []).map((c) => ({
        value: c.code.toUpperCase(),
        label: `${countryName(c, language)} (${c.code.toUpperCase()})`,
      })),
    [countries.data, language],
  )
  if (countries.isError) {
    return (
      <TextInput
        label={t('form.countryCode')}
        description={t('form.countryFailed')}
        value={value}
        maxLength={2}
        onChange={(e) => onChange(e.currentTarget.value.toUpperCase())}
        error={error}
      />
    )
  }
  // A saved code the list does not (yet) have is still shown, so loading a preset never blanks the field.
  const shown = value && !data.some((d) => d.value === value) ? [{ value, label: value }, ...data] : data
  return (
    <Select
      label={t('form.country')}
      placeholder={
        countries.isPending ? t('form.countryLoading') : optional ? t('form.countryAny') : t('form.countryPlaceholder')
      }
      data={shown}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      clearable={optional}
      nothingFoundMessage={t('form.noMatch')}
      error={error}
      allowDeselect={optional}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  )
})

interface PlaceProps {
  product: ExtractProduct
  country: string
  state: string
  city: string
  onState: (code: string) => void
  onCity: (code: string) => void
  errors: { state?: string; city?: string }
}

/** State and city (SDK extras), from the location lists of the chosen country. */
export function StateCityFields({ product, country, state, city, onState, onCity, errors }: PlaceProps) {
  const { t } = useTranslation('extract')
  const code = country || null
  const states = useQuery(statesQuery(product, code))
  const cities = useQuery(citiesQuery(product, code, state || null))
  const stateData = useMemo(() => (states.data ?? []).map((s) => ({ value: s.code, label: s.name })), [states.data])
  const cityData = useMemo(() => (cities.data ?? []).map((c) => ({ value: c.code, label: c.name })), [cities.data])
  return (
    <>
      <Select
        label={t('advanced.state')}
        placeholder={t('advanced.none')}
        data={stateData}
        value={state || null}
        onChange={(next) => onState(next ?? '')}
        searchable
        clearable
        disabled={!code}
        error={errors.state}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('advanced.city')}
        placeholder={t('advanced.none')}
        data={cityData}
        value={city || null}
        onChange={(next) => onCity(next ?? '')}
        searchable
        clearable
        disabled={!code}
        error={errors.city}
        limit={200}
        comboboxProps={{ withinPortal: true }}
      />
    </>
  )
}
