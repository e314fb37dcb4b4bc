import { Card, CloseButton, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { IconSearch } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { type ReactNode, useDeferredValue, useMemo, useState } from 'react'
import { describeCount, type Noun } from './counts'
import { filterLocations, indexLocations, type Searchable } from './filter'
import classes from './Locations.module.css'
import { ROW_HEIGHT, VirtualList } from './VirtualList'

interface LocationPaneProps<T extends Searchable> {
  /** The region's name: "Countries", "States", "Cities" or "ASNs". */
  label: string
  noun: Noun
  list: UseQueryResult<T[]>
  /** The pane's top line: its title, or the control that picks what it lists. */
  heading: ReactNode
  /** Beside the count, e.g. a way to widen the list. */
  aside?: ReactNode
  /** What an empty answer means, e.g. "Thordata lists no states for Japan". */
  emptyText: string
  getKey?: (item: T) => string
  renderRow: (item: T) => ReactNode
}

const codeOf = (item: Searchable) => item.code

/** A searchable, virtualized location list with its loading, empty and error states. */
export function LocationPane<T extends Searchable>({
  label,
  noun,
  list,
  heading,
  aside,
  emptyText,
  getKey = codeOf,
  renderRow,
}: LocationPaneProps<T>) {
  const [search, setSearch] = useState('')
  const deferredSearch = useDeferredValue(search)
  const index = useMemo(() => indexLocations(list.data ?? []), [list.data])
  const shown = useMemo(() => filterLocations(index, deferredSearch), [index, deferredSearch])
  const searching = deferredSearch.trim() !== ''

  const failure = list.isError ? (
    <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
  ) : null
  let body: ReactNode
  if (!list.data) {
    body = failure ? <div className={classes.placeholder}>{failure}</div> : <RowsSkeleton />
  } else if (shown.length === 0) {
    body = (
      <Text size="sm" c="dimmed" py="xl" ta="center" className={classes.placeholder}>
        {searching ? `No ${noun.other} match “${deferredSearch.trim()}”` : emptyText}
      </Text>
    )
  } else {
    body = <VirtualList items={shown} getKey={getKey} renderRow={renderRow} stale={search !== deferredSearch} />
  }

  return (
    <Card component="section" aria-label={label} aria-busy={list.isPending || undefined} padding="md">
      <Stack gap="sm">
        {heading}
        <TextInput
          aria-label={`Search ${noun.other}`}
          placeholder="Name or code"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && search) {
              event.stopPropagation()
              setSearch('')
            }
          }}
          rightSection={
            search ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setSearch('')} /> : null
          }
        />
        <Group justify="space-between" gap="xs" mih={28} wrap="nowrap">
          <Text size="sm" c="dimmed" role="status">
            {list.data ? describeCount(shown.length, list.data.length, noun, searching) : ''}
          </Text>
          {aside}
        </Group>
        {list.data ? failure : null}
        {body}
      </Stack>
    </Card>
  )
}

function RowsSkeleton() {
  return (
    <Stack gap={0} className={classes.placeholder}>
      {Array.from({ length: 8 }, (_, i) => (
        <Group key={i} h={ROW_HEIGHT} gap="sm" px="xs" wrap="nowrap">
          <Skeleton h={12} w={`${40 + ((i * 17) % 35)}%`} />
          <Skeleton h={12} w={48} ml="auto" />
        </Group>
      ))}
    </Stack>
  )
}
