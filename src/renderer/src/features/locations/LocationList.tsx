import { Card, Group, Skeleton, Stack, Text } from '@mantine/core'
import { type Column, DataTable } from '@renderer/ui/data-table'
import { QueryView } from '@renderer/ui/QueryView'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import classes from './Locations.module.css'

export const ROW_HEIGHT = 40

interface LocationListProps<T> {
  /** The region's and the table's name: "Countries", "States", "Cities" or "ASNs". */
  label: string
  list: UseQueryResult<T[]>
  columns: readonly Column<T>[]
  getRowId: (item: T) => string
  getRowName?: (item: T) => string
  /** The list's top line: its title, or the control that picks what it lists. */
  heading: ReactNode
  searchLabel: string
  searchPlaceholder: string
  /** What an empty answer means, e.g. "Thordata lists no states for Japan". */
  emptyText: string
  /** Enter on a row (opens it). */
  onActivate?: (item: T) => void
  /** At the end of the search bar, e.g. a way to widen the list. */
  toolbar?: ReactNode
}

/** One location list: loading, empty and failed states, then a searchable, virtualized table. */
export function LocationList<T>(props: LocationListProps<T>) {
  const { label, list } = props
  return (
    <Card component="section" aria-label={label} aria-busy={list.isPending || undefined} padding="md" miw={0}>
      <Stack gap="sm">
        {props.heading}
        <QueryView
          query={list}
          skeleton={<RowsSkeleton />}
          isEmpty={(items) => items.length === 0}
          empty={
            <Text size="sm" c="dimmed" ta="center" py="xl" className={classes.placeholder}>
              {props.emptyText}
            </Text>
          }
        >
          {(items) => (
            <DataTable
              rows={items}
              columns={props.columns}
              getRowId={props.getRowId}
              getRowName={props.getRowName}
              label={label}
              searchLabel={props.searchLabel}
              searchPlaceholder={props.searchPlaceholder}
              rankSearch
              rowHeight={ROW_HEIGHT}
              maxHeight="var(--list-height)"
              onActivate={props.onActivate}
              toolbar={props.toolbar}
            />
          )}
        </QueryView>
      </Stack>
    </Card>
  )
}

function RowsSkeleton() {
  return (
    <Stack gap={0} className={classes.placeholder}>
      <Skeleton h={36} mb="xs" />
      {Array.from({ length: 6 }, (_, i) => (
        <Group key={i} h={ROW_HEIGHT} gap="sm" px="xs" wrap="nowrap">
          <Skeleton h={12} w={`${40 + ((i * 17) % 35)}%`} />
          <Skeleton h={12} w={64} ml="auto" />
        </Group>
      ))}
    </Stack>
  )
}
