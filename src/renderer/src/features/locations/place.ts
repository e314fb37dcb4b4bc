import type { Country, State } from '@shared/domain/locations'

/** What the detail pane lists for the chosen country. */
export type DetailView = 'states' | 'cities' | 'asns'

/** Where the user has drilled to. A state only narrows the cities; ASNs are per country. */
export interface Place {
  country: Country | null
  state: State | null
  view: DetailView
}

export const everywhere: Place = { country: null, state: null, view: 'states' }

export const openCountry = (country: Country): Place => ({ country, state: null, view: 'states' })

export const openState = (place: Place, state: State): Place => ({ ...place, state, view: 'cities' })

export const allCities = (place: Place): Place => ({ ...place, state: null, view: 'cities' })

export const showView = (place: Place, view: DetailView): Place => ({ ...place, view })
