import { Text, UnstyledButton } from '@mantine/core'
import { type Column, CopyCell } from '@renderer/ui/data-table'
import type { City } from '@shared/domain/locations'
import type { TFunction } from 'i18next'
import classes from './Locations.module.css'

/** Anything a location list shows: a name and the code Thordata wants. */
export interface Place {
  code: string
  name: string
}

export type LocationsT = TFunction<'locations'>

interface NameOptions<T> {
  header: string
  /** Makes the name a button that drills into the place (also Enter on the row). */
  onOpen?: (item: T) => void
  /** The name to show, when it is not Thordata's (a country in Chinese); Thordata's stays searchable. */
  display?: (item: T) => string
  isSelected?: (item: T) => boolean
  minWidth?: number
}

export function nameColumn<T extends Place>({ header, onOpen, display, isSelected, minWidth }: NameOptions<T>) {
  const column: Column<T> = {
    id: 'name',
    header,
    priority: 1,
    minWidth: minWidth ?? 120,
    cell: (item) => {
      const name = display?.(item) ?? item.name
      if (!onOpen) return name
      const selected = isSelected?.(item) ?? false
      return (
        <UnstyledButton
          className={classes.open}
          onClick={() => onOpen(item)}
          aria-current={selected ? 'true' : undefined}
          title={name}
        >
          <Text span size="sm" fw={selected ? 650 : undefined} truncate>
            {name}
          </Text>
        </UnstyledButton>
      )
    },
    searchValue: display ? (item) => `${display(item)} ${item.name}` : (item) => item.name,
    csv: (item) => item.name,
  }
  return column
}

/** The code with its copy button; a key column, never hidden (it is what the user came for). */
export function codeColumn<T extends Place>(t: LocationsT, width: number): Column<T> {
  return {
    id: 'code',
    header: t('columns.code'),
    priority: 1,
    width,
    cell: (item) => <CopyCell value={item.code} label={t('copyCode', { code: item.code })} monospace />,
    searchValue: (item) => item.code,
    csv: (item) => item.code,
  }
}

/**
 * The cities list: name, code and, in a country-wide list, the state (the first to go into a row's detail when the
 * window is narrow). Also what `npm run bench` filters, so the bench measures these very cells.
 */
export function cityColumns(t: LocationsT, withState: boolean): Column<City>[] {
  const columns: Column<City>[] = [nameColumn<City>({ header: t('columns.city'), minWidth: 110 }), codeColumn(t, 150)]
  if (withState) {
    columns.push({
      id: 'state',
      header: t('columns.state'),
      priority: 3,
      width: 150,
      cell: (city) => city.stateName ?? '',
      csv: (city) => city.stateName ?? '',
    })
  }
  return columns
}
