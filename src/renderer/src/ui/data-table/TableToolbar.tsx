import { Button, CloseButton, Group, Text, TextInput } from '@mantine/core'
import { IconDownload, IconSearch } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Column } from './types'

interface TableToolbarProps<Row> {
  searchable: boolean
  query: string
  onQuery: (query: string) => void
  searchPlaceholder?: string
  searchLabel?: string
  /** The rows shown (filtered and sorted): counted, handed to the toolbar, exported. */
  shown: readonly Row[]
  total: number
  toolbar?: ReactNode | ((shown: readonly Row[]) => ReactNode)
  csv?: { filename: string; columns: readonly Column<Row>[] }
}

/** Above the table: the search, "12 of 40", the section's own buttons and Export CSV. */
export function TableToolbar<Row>({
  searchable,
  query,
  onQuery,
  shown,
  total,
  toolbar,
  csv,
  ...labels
}: TableToolbarProps<Row>) {
  const { t } = useTranslation('table')
  return (
    <Group gap="sm" wrap="nowrap">
      {searchable ? (
        <TextInput
          style={{ flex: 1, maxWidth: 360 }}
          value={query}
          onChange={(event) => onQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Escape clears a search first (and only then closes a dialog around the table).
            if (event.key === 'Escape' && query) {
              event.stopPropagation()
              onQuery('')
            }
          }}
          placeholder={labels.searchPlaceholder ?? t('search.placeholder')}
          aria-label={labels.searchLabel ?? labels.searchPlaceholder ?? t('search.placeholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={
            query ? <CloseButton size="sm" aria-label={t('search.clear')} onClick={() => onQuery('')} /> : null
          }
        />
      ) : null}
      <Text size="sm" c="dimmed" aria-live="polite" style={{ whiteSpace: 'nowrap' }} data-table-count>
        {t('count', { shown: shown.length.toLocaleString(), total: total.toLocaleString() })}
      </Text>
      <Group gap="xs" ml="auto" wrap="nowrap">
        {typeof toolbar === 'function' ? toolbar(shown) : toolbar}
        {csv ? (
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            disabled={shown.length === 0}
            onClick={() => {
              // Every column in the table's own order, not the order a narrow window shows them in.
              // papaparse loads on the first export, not with every tab that has a table.
              void import('@renderer/lib/csv').then((module) => module.exportCsv(shown, csv.columns, csv.filename))
            }}
          >
            {t('exportCsv')}
          </Button>
        ) : null}
      </Group>
    </Group>
  )
}
