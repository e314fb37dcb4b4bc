import { Button, Card, SegmentedControl, Stack, Text, ThemeIcon } from '@mantine/core'
import type { Asn, City, Country, State } from '@shared/domain/locations'
import { IconMapPin } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { LocationPane } from './LocationPane'
import { LocationRow } from './LocationRow'
import type { DetailView } from './place'

interface CountryDetailProps {
  country: Country
  state: State | null
  view: DetailView
  states: UseQueryResult<State[]>
  cities: UseQueryResult<City[]>
  asns: UseQueryResult<Asn[]>
  onView: (view: DetailView) => void
  onOpenState: (state: State) => void
  onAllCities: () => void
}

const views: { value: DetailView; label: string }[] = [
  { value: 'states', label: 'States' },
  { value: 'cities', label: 'Cities' },
  { value: 'asns', label: 'ASNs' },
]

const cityKey = (city: City) => `${city.stateCode ?? ''}:${city.code}`

/** The chosen country's states, cities (of one state or all) and ASNs, one list at a time. */
export function CountryDetail(props: CountryDetailProps) {
  const { country, state, view, states, cities, asns, onView, onOpenState, onAllCities } = props
  const heading = (
    <SegmentedControl
      fullWidth
      aria-label={`Lists for ${country.name}`}
      value={view}
      onChange={(next) => onView(next as DetailView)}
      data={views}
    />
  )
  const allCitiesButton = (
    <Button variant="subtle" size="compact-sm" onClick={onAllCities}>
      All cities in {country.name}
    </Button>
  )

  if (view === 'states') {
    return (
      <LocationPane
        key={`states:${country.code}`}
        label="States"
        noun={{ one: 'state', other: 'states' }}
        list={states}
        heading={heading}
        aside={allCitiesButton}
        emptyText={`Thordata lists no states for ${country.name}`}
        renderRow={(item) => (
          <LocationRow
            name={item.name}
            code={item.code}
            selected={item.code === state?.code}
            onOpen={() => onOpenState(item)}
          />
        )}
      />
    )
  }
  if (view === 'cities') {
    return (
      <LocationPane
        key={`cities:${country.code}:${state?.code ?? ''}`}
        label="Cities"
        noun={{ one: 'city', other: 'cities' }}
        list={cities}
        heading={heading}
        aside={state ? allCitiesButton : null}
        emptyText={`Thordata lists no cities for ${state?.name ?? country.name}`}
        getKey={cityKey}
        renderRow={(item) => <LocationRow name={item.name} code={item.code} detail={state ? null : item.stateName} />}
      />
    )
  }
  return (
    <LocationPane
      key={`asns:${country.code}`}
      label="ASNs"
      noun={{ one: 'ASN', other: 'ASNs' }}
      list={asns}
      heading={heading}
      emptyText={`Thordata lists no ASNs for ${country.name}`}
      renderRow={(item) => <LocationRow name={item.name} code={item.code} />}
    />
  )
}

/** The detail pane before a country is chosen (or when the chosen one is not offered for this product). */
export function NoCountry({ note }: { note?: string }) {
  return (
    <Card padding="xl">
      <Stack align="center" gap="sm" py="xl">
        <ThemeIcon variant="light" size={44} radius="xl">
          <IconMapPin size={22} />
        </ThemeIcon>
        {note ? (
          <Text size="sm" fw={600} ta="center">
            {note}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed" ta="center" maw={320}>
          Choose a country to see its states, cities and ASNs, with the codes to copy into your proxy settings.
        </Text>
      </Stack>
    </Card>
  )
}
