/** The `locations` namespace: the Locations tab. */
export const locations = {
  title: 'Locations',
  description: 'Countries, states, cities and ASNs you can target, with their codes',
  trail: {
    label: 'Location path',
    allCountries: 'All countries',
  },
  lists: {
    countries: 'Countries',
    states: 'States',
    cities: 'Cities',
    asns: 'ASNs',
    switchLabel: 'Lists for {{country}}',
  },
  search: {
    countries: 'Search countries',
    states: 'Search states',
    cities: 'Search cities',
    asns: 'Search ASNs',
    placeholder: 'Name or code',
  },
  columns: {
    country: 'Country',
    state: 'State',
    city: 'City',
    asn: 'Network',
    code: 'Code',
  },
  copyCode: 'Copy code {{code}}',
  allCities: 'All cities in {{country}}',
  allCitiesShort: 'All cities',
  empty: {
    countries: 'Thordata lists no countries for {{product}} proxies',
    states: 'Thordata lists no states for {{place}}',
    cities: 'Thordata lists no cities for {{place}}',
    asns: 'Thordata lists no ASNs for {{place}}',
  },
  choose: 'Choose a country to see its states, cities and ASNs, with the codes to copy into your proxy settings.',
  notOffered: '{{country}} is not offered for {{product}} proxies',
}
