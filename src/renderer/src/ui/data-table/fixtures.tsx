import { IconPencil, IconTrash } from '@tabler/icons-react'
import type { Column, RowAction } from './types'

export interface City {
  code: string
  name: string
  country: string
  population: number
}

export const cities: City[] = [
  { code: 'saopaulo', name: 'São Paulo', country: 'Brazil', population: 12_300_000 },
  { code: 'lodz', name: 'Łódź', country: 'Poland', population: 670_000 },
  { code: 'berlin', name: 'Berlin', country: 'Germany', population: 3_600_000 },
  { code: 'zurich', name: 'Zürich', country: 'Switzerland', population: 420_000 },
  { code: 'austin', name: 'Austin', country: 'United States', population: 960_000 },
]

export const cityColumns: Column<City>[] = [
  {
    id: 'name',
    header: 'City',
    priority: 1,
    minWidth: 200,
    cell: (city) => city.name,
    sortValue: (city) => city.name,
    searchValue: (city) => city.name,
    csv: (city) => city.name,
  },
  {
    id: 'code',
    header: 'Code',
    priority: 2,
    width: 140,
    cell: (city) => city.code,
    searchValue: (city) => city.code,
    csv: (city) => city.code,
  },
  { id: 'country', header: 'Country', priority: 3, width: 160, cell: (city) => city.country, csv: (c) => c.country },
  {
    id: 'population',
    header: 'Population',
    priority: 4,
    width: 140,
    align: 'right',
    cell: (city) => city.population.toLocaleString('en-US'),
    sortValue: (city) => city.population,
    csv: (city) => city.population,
  },
]

export function cityActions(log: string[]): RowAction<City>[] {
  return [
    {
      id: 'edit',
      name: 'Edit',
      label: (city) => `Edit ${city.name}`,
      icon: <IconPencil size={16} />,
      onClick: (city) => log.push(`edit ${city.code}`),
      primary: true,
    },
    {
      id: 'delete',
      name: 'Delete',
      label: (city) => `Delete ${city.name}`,
      icon: <IconTrash size={16} />,
      color: 'red',
      onClick: (city) => log.push(`delete ${city.code}`),
    },
  ]
}
