import { Group, Stack, Title } from '@mantine/core'
import { PageHeader } from '@renderer/ui/PageHeader'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import { RefreshAction } from '@renderer/ui/RefreshAction'
import type { PlanProduct } from '@shared/domain/locations'
import type { UseQueryResult } from '@tanstack/react-query'
import { useState } from 'react'
import { CountryDetail, NoCountry } from './CountryDetail'
import { LocationPane } from './LocationPane'
import { LocationRow } from './LocationRow'
import classes from './Locations.module.css'
import { LocationTrail } from './LocationTrail'
import { allCities, everywhere, openCountry, openState, type Place, showView } from './place'
import { useAsns, useCities, useCountries, useStates } from './queries'

const products = ['residential', 'unlimited'] as const

/** Countries, states, cities and ASNs Thordata offers per product, with their codes to copy. */
export default function LocationsTab() {
  const [product, setProduct] = useState<PlanProduct>('residential')
  const [place, setPlace] = useState<Place>(everywhere)
  const countries = useCountries(product)

  // The choice survives a product switch when the other product offers the same country.
  const offered = !place.country || !countries.data || countries.data.some((c) => c.code === place.country?.code)
  const country = offered ? place.country : null
  const here: Place = country ? place : everywhere
  const code = country?.code ?? null

  // Only the list on screen is fetched.
  const states = useStates(product, here.view === 'states' ? code : null)
  const cities = useCities(product, here.view === 'cities' ? code : null, here.state?.code)
  const asns = useAsns(product, here.view === 'asns' ? code : null)
  const detail: UseQueryResult<unknown> | null = country ? { states, cities, asns }[here.view] : null

  const onScreen = detail ? [countries, detail] : [countries]

  return (
    <Stack gap="md">
      <PageHeader
        title="Locations"
        description="Countries, states, cities and ASNs you can target, with their codes"
        actions={<RefreshAction queries={onScreen} />}
      />
      <Group gap="lg">
        <ProductSwitch value={product} onChange={setProduct} products={products} />
        <LocationTrail
          place={here}
          onAllCountries={() => setPlace(everywhere)}
          onCountry={() => setPlace((current) => (current.country ? openCountry(current.country) : everywhere))}
        />
      </Group>
      <div className={classes.panes}>
        <LocationPane
          label="Countries"
          noun={{ one: 'country', other: 'countries' }}
          list={countries}
          heading={
            <Title order={3} fz="md" lh="36px">
              Countries
            </Title>
          }
          emptyText={`Thordata lists no countries for ${product} proxies`}
          renderRow={(item) => (
            <LocationRow
              name={item.name}
              code={item.code}
              selected={item.code === country?.code}
              onOpen={() => setPlace(openCountry(item))}
            />
          )}
        />
        {country ? (
          <CountryDetail
            country={country}
            state={here.state}
            view={here.view}
            states={states}
            cities={cities}
            asns={asns}
            onView={(view) => setPlace((current) => showView(current, view))}
            onOpenState={(state) => setPlace((current) => openState(current, state))}
            onAllCities={() => setPlace((current) => allCities(current))}
          />
        ) : (
          <NoCountry note={place.country ? `${place.country.name} is not offered for ${product} proxies` : undefined} />
        )}
      </div>
    </Stack>
  )
}
