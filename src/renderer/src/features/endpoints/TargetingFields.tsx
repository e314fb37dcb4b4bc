import { Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import { asnsQuery, citiesQuery, countriesQuery, statesQuery } from '@renderer/features/locations/queries'
import { continents, type EndpointProduct } from '@shared/domain/endpoint'
import type { PlanProduct } from '@shared/domain/locations'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { EndpointField, EndpointForm } from './form-model'

interface TargetingProps {
  form: EndpointForm
  errors: Partial<Record<EndpointField, string>>
  set: <K extends EndpointField>(field: K, value: EndpointForm[K]) => void
}

/** Mobile has no location lists of its own; its gateway takes the same codes as residential. */
const listsOf = (product: EndpointProduct): PlanProduct => (product === 'mobile' ? 'residential' : product)

interface PickProps {
  label: string
  value: string
  onChange: (value: string) => void
  query: UseQueryResult<unknown[]> | null
  options: { value: string; label: string }[]
  error?: string
  disabled?: boolean
  description?: string
}

/** A searchable list from the locations data; when the list cannot load, the code can still be typed. */
function Pick({ label, value, onChange, query, options, error, disabled, description }: PickProps) {
  const { t } = useTranslation('endpoints')
  if (query?.isError) {
    return (
      <TextInput
        label={label}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        description={t('targeting.loadFailed', { message: query.error.message })}
        disabled={disabled}
      />
    )
  }
  // A saved code the list does not have (yet) stays visible, so a preset never blanks a field.
  const shown = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options
  return (
    <Select
      label={label}
      description={description}
      placeholder={disabled ? t('targeting.needsCountry') : t('targeting.any')}
      data={shown}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      clearable
      limit={200}
      nothingFoundMessage={t('targeting.search')}
      error={error}
      disabled={disabled}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  )
}

/** Continent, country, state, city and ASN: each optional; state, city and ASN belong to a country. */
export function TargetingFields({ form, errors, set }: TargetingProps) {
  const { t } = useTranslation('endpoints')
  const product = listsOf(form.product)
  const country = form.country || null
  const countries = useQuery(countriesQuery(product))
  const states = useQuery(statesQuery(product, country))
  const cities = useQuery(citiesQuery(product, country, form.state || null))
  const asns = useQuery(asnsQuery(product, country))

  const countryOptions = useMemo(
    () =>
      (countries.data ?? []).map((c) => ({
        value: c.code.toUpperCase(),
        label: `${c.name} (${c.code.toUpperCase()})`,
      })),
    [countries.data],
  )
  const stateOptions = useMemo(() => (states.data ?? []).map((s) => ({ value: s.code, label: s.name })), [states.data])
  const cityOptions = useMemo(() => (cities.data ?? []).map((c) => ({ value: c.code, label: c.name })), [cities.data])
  const asnOptions = useMemo(
    () => (asns.data ?? []).map((a) => ({ value: a.code, label: `${a.code} · ${a.name}` })),
    [asns.data],
  )
  const continentOptions = continents.map((c) => ({ value: c, label: t(`targeting.continents.${c}`) }))

  const setCountry = (next: string) => {
    set('country', next.toUpperCase())
    // A state, city or ASN belongs to the country it was picked in.
    set('state', '')
    set('city', '')
    set('asn', '')
  }

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
      <Select
        label={t('targeting.continent')}
        placeholder={t('targeting.any')}
        data={continentOptions}
        value={form.continent || null}
        onChange={(next) => set('continent', (next ?? '') as EndpointForm['continent'])}
        clearable
        error={errors.continent}
        comboboxProps={{ withinPortal: true }}
      />
      <Pick
        label={t('targeting.country')}
        value={form.country}
        onChange={setCountry}
        query={countries}
        options={countryOptions}
        error={errors.country}
      />
      <Pick
        label={t('targeting.state')}
        value={form.state}
        onChange={(next) => {
          set('state', next)
          set('city', '')
        }}
        query={country ? states : null}
        options={stateOptions}
        error={errors.state}
        disabled={!country && !form.state}
      />
      <Pick
        label={t('targeting.city')}
        value={form.city}
        onChange={(next) => set('city', next)}
        query={country ? cities : null}
        options={cityOptions}
        error={errors.city}
        disabled={!country && !form.city}
      />
      <Pick
        label={t('targeting.asn')}
        value={form.asn}
        onChange={(next) => set('asn', next)}
        query={country ? asns : null}
        options={asnOptions}
        error={errors.asn}
        disabled={!country && !form.asn}
      />
      {form.product === 'mobile' ? (
        <Text size="xs" c="dimmed" style={{ alignSelf: 'end' }}>
          {t('targeting.mobileLists')}
        </Text>
      ) : null}
    </SimpleGrid>
  )
}
