import { Button, Card, SegmentedControl, Stack, Text, ThemeIcon } from '@mantine/core'
import type { Asn, City, State } from '@shared/domain/locations'
import { IconMapPin } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { cityColumns, codeColumn, nameColumn } from './columns'
import { LocationList } from './LocationList'
import type { DetailView } from './place'

interface CountryDetailProps {
  /** The country's name in the UI language. */
  countryName: string
  countryCode: string
  state: State | null
  view: DetailView
  states: UseQueryResult<State[]>
  cities: UseQueryResult<City[]>
  asns: UseQueryResult<Asn[]>
  onView: (view: DetailView) => void
  onOpenState: (state: State) => void
  onAllCities: () => void
}

const cityKey = (city: City) => `${city.stateCode ?? ''}:${city.code}`
const codeOf = (item: { code: string }) => item.code
const nameOf = (item: { name: string }) => item.name

/** The chosen country's states, cities (of one state or all) and ASNs, one list at a time. */
export function CountryDetail(props: CountryDetailProps) {
  const { countryName, countryCode, state, view, states, cities, asns, onView, onOpenState, onAllCities } = props
  const { t } = useTranslation('locations')
  const stateCode = state?.code
  const stateColumns = useMemo(
    () => [
      nameColumn<State>({ header: t('columns.state'), onOpen: onOpenState, isSelected: (s) => s.code === stateCode }),
      codeColumn<State>(t, 140),
    ],
    [t, onOpenState, stateCode],
  )
  const allOfCountry = !state
  const citiesColumns = useMemo(() => cityColumns(t, allOfCountry), [t, allOfCountry])
  const asnColumns = useMemo(
    () => [nameColumn<Asn>({ header: t('columns.asn'), minWidth: 140 }), codeColumn<Asn>(t, 130)],
    [t],
  )

  const heading = (
    <SegmentedControl
      fullWidth
      aria-label={t('lists.switchLabel', { country: countryName })}
      value={view}
      onChange={(next) => onView(next as DetailView)}
      data={[
        { value: 'states', label: t('lists.states') },
        { value: 'cities', label: t('lists.cities') },
        { value: 'asns', label: t('lists.asns') },
      ]}
    />
  )
  // Short on screen (the trail names the country); the full sentence for screen readers.
  const allCitiesButton = (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={onAllCities}
      aria-label={t('allCities', { country: countryName })}
    >
      {t('allCitiesShort')}
    </Button>
  )

  if (view === 'states') {
    return (
      <LocationList
        key={`states:${countryCode}`}
        label={t('lists.states')}
        list={states}
        columns={stateColumns}
        getRowId={codeOf}
        getRowName={nameOf}
        heading={heading}
        toolbar={allCitiesButton}
        searchLabel={t('search.states')}
        searchPlaceholder={t('search.placeholder')}
        emptyText={t('empty.states', { place: countryName })}
        onActivate={onOpenState}
      />
    )
  }
  if (view === 'cities') {
    return (
      <LocationList
        key={`cities:${countryCode}:${state?.code ?? ''}`}
        label={t('lists.cities')}
        list={cities}
        columns={citiesColumns}
        getRowId={cityKey}
        getRowName={nameOf}
        heading={heading}
        toolbar={state ? allCitiesButton : null}
        searchLabel={t('search.cities')}
        searchPlaceholder={t('search.placeholder')}
        emptyText={t('empty.cities', { place: state?.name ?? countryName })}
      />
    )
  }
  return (
    <LocationList
      key={`asns:${countryCode}`}
      label={t('lists.asns')}
      list={asns}
      columns={asnColumns}
      getRowId={codeOf}
      getRowName={nameOf}
      heading={heading}
      searchLabel={t('search.asns')}
      searchPlaceholder={t('search.placeholder')}
      emptyText={t('empty.asns', { place: countryName })}
    />
  )
}

/** The detail pane before a country is chosen (or when the chosen one is not offered for this product). */
export function NoCountry({ note }: { note?: string }) {
  const { t } = useTranslation('locations')
  return (
    <Card padding="xl">
      <Stack align="center" gap="sm" py="xl">
        <ThemeIcon variant="light" size={44} radius="xl" aria-hidden="true">
          <IconMapPin size={22} />
        </ThemeIcon>
        {note ? (
          <Text size="sm" fw={600} ta="center">
            {note}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed" ta="center" maw={320}>
          {t('choose')}
        </Text>
      </Stack>
    </Card>
  )
}
