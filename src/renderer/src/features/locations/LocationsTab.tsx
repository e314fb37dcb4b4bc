import { Group } from '@mantine/core'
import { currentLocale } from '@renderer/lib/i18n'
import { PageLayout } from '@renderer/ui/PageLayout'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import type { Country, PlanProduct, State } from '@shared/domain/locations'
import { labelKey } from '@shared/products'
import type { UseQueryResult } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CountryDetail, NoCountry } from './CountryDetail'
import { codeColumn, nameColumn } from './columns'
import { LocationList } from './LocationList'
import classes from './Locations.module.css'
import { LocationTrail } from './LocationTrail'
import { countryName } from './names'
import { allCities, everywhere, openCountry, openState, type Place, showView } from './place'
import { useAsns, useCities, useCountries, useStates } from './queries'

const codeOf = (country: Country) => country.code

/** Countries, states, cities and ASNs Thordata offers per product, with their codes to copy. */
export default function LocationsTab() {
  const { t } = useTranslation(['locations', 'common'])
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

  const locale = currentLocale()
  const nameIn = useCallback((c: Country) => countryName(c, locale), [locale])
  const open = useCallback((c: Country) => setPlace(openCountry(c)), [])
  const onOpenState = useCallback((state: State) => setPlace((current) => openState(current, state)), [])
  const selected = country?.code
  const countryColumns = useMemo(
    () => [
      nameColumn<Country>({
        header: t('columns.country'),
        onOpen: open,
        display: nameIn,
        isSelected: (c) => c.code === selected,
      }),
      codeColumn<Country>(t, 84),
    ],
    [t, open, nameIn, selected],
  )
  const productName = t(labelKey(product))

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      queries={onScreen}
      productSwitch={
        <Group gap="lg">
          <ProductSwitch value={product} onChange={setProduct} section="locations" />
          <LocationTrail
            country={country ? nameIn(country) : null}
            state={here.state?.name ?? null}
            onAllCountries={() => setPlace(everywhere)}
            onCountry={() => setPlace((current) => (current.country ? openCountry(current.country) : everywhere))}
          />
        </Group>
      }
    >
      <div className={classes.frame}>
        <div className={classes.panes}>
          <LocationList
            label={t('lists.countries')}
            list={countries}
            columns={countryColumns}
            getRowId={codeOf}
            getRowName={nameIn}
            heading={null}
            searchLabel={t('search.countries')}
            searchPlaceholder={t('search.placeholder')}
            emptyText={t('empty.countries', { product: productName })}
            onActivate={open}
          />
          {country ? (
            <CountryDetail
              countryName={nameIn(country)}
              countryCode={country.code}
              state={here.state}
              view={here.view}
              states={states}
              cities={cities}
              asns={asns}
              onView={(view) => setPlace((current) => showView(current, view))}
              onOpenState={onOpenState}
              onAllCities={() => setPlace((current) => allCities(current))}
            />
          ) : (
            <NoCountry
              note={
                place.country ? t('notOffered', { country: nameIn(place.country), product: productName }) : undefined
              }
            />
          )}
        </div>
      </div>
    </PageLayout>
  )
}
