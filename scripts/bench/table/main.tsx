// The page `npm run bench` types into: the kit's DataTable, built like the app (minified), with the columns the
// Proxy users and Locations tabs will have, over synthetic rows (?kind=users|cities&size=N; &defer=0 filters in the
// keystroke's own render).
import '@mantine/core/styles.css'
import { Badge, MantineProvider, Progress, Stack, Text } from '@mantine/core'
import { cssVariablesResolver, theme } from '@renderer/app/theme'
import { cityColumns as cityColumnsOf } from '@renderer/features/locations/columns'
import { i18n } from '@renderer/lib/i18n'
import { type Column, DataTable, type RowAction, SecretCell } from '@renderer/ui/data-table'
import { formatBytes } from '@shared/traffic'
import { IconChartBar, IconPencil, IconTrash } from '@tabler/icons-react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { syntheticCities, syntheticUsers } from '../synthetic'

type User = ReturnType<typeof syntheticUsers>['users'][number]

const userColumns: Column<User>[] = [
  {
    id: 'username',
    header: 'Username',
    priority: 1,
    minWidth: 160,
    cell: (u) => (
      <Text size="sm" fw={600} truncate>
        {u.username}
      </Text>
    ),
    sortValue: (u) => u.username,
    searchValue: (u) => u.username,
    csv: (u) => u.username,
  },
  {
    id: 'password',
    header: 'Password',
    priority: 2,
    width: 210,
    cell: (u) => <SecretCell load={() => u.password} label={`password for ${u.username}`} />,
  },
  {
    id: 'status',
    header: 'Status',
    priority: 3,
    width: 110,
    cell: (u) => (
      <Badge variant="light" color={u.enabled ? 'teal' : 'gray'} radius="sm">
        {u.enabled ? 'Enabled' : 'Disabled'}
      </Badge>
    ),
    csv: (u) => (u.enabled ? 'Enabled' : 'Disabled'),
  },
  {
    id: 'limit',
    header: 'Traffic limit',
    priority: 4,
    width: 120,
    cell: (u) => (u.trafficLimitBytes ? formatBytes(u.trafficLimitBytes) : 'Unlimited'),
    sortValue: (u) => u.trafficLimitBytes,
  },
  {
    id: 'used',
    header: 'Used',
    priority: 3,
    width: 130,
    cell: (u) => (
      <Stack gap={4}>
        <Text size="sm">{formatBytes(u.usedBytes)}</Text>
        {u.trafficLimitBytes ? <Progress value={(u.usedBytes / u.trafficLimitBytes) * 100} size={4} /> : null}
      </Stack>
    ),
    sortValue: (u) => u.usedBytes,
  },
  {
    id: 'created',
    header: 'Created',
    priority: 5,
    width: 130,
    cell: (u) => u.createdOn,
    sortValue: (u) => u.createdOn,
  },
]

const noop = () => {}
const userActions: RowAction<User>[] = [
  {
    id: 'usage',
    name: 'Usage',
    label: (u) => `Usage of ${u.username}`,
    icon: <IconChartBar size={16} />,
    onClick: noop,
  },
  { id: 'edit', name: 'Edit', label: (u) => `Edit ${u.username}`, icon: <IconPencil size={16} />, onClick: noop },
  {
    id: 'delete',
    name: 'Delete',
    label: (u) => `Delete ${u.username}`,
    icon: <IconTrash size={16} />,
    color: 'red',
    onClick: noop,
  },
]

// The Locations tab's own cities columns (name, code with its copy button, state), so the bench measures its cells.
const cityColumns = cityColumnsOf(i18n.getFixedT('en', 'locations'), true)

const params = new URLSearchParams(location.search)
const size = Number(params.get('size') ?? 1000)
const kind = params.get('kind')
const table =
  kind === 'cities' ? (
    <DataTable
      rows={syntheticCities(size)}
      columns={cityColumns}
      getRowId={(c) => `${c.stateCode}:${c.code}`}
      label="Cities"
      searchLabel="Search cities"
      rankSearch
      rowHeight={40}
    />
  ) : (
    <DataTable
      rows={syntheticUsers(size).users}
      columns={userColumns}
      getRowId={(u) => u.username}
      label="Proxy users"
      searchLabel="Search users"
      actions={userActions}
      rowHeight={56}
      deferSearch={params.get('defer') !== '0'}
      csvFilename="proxy-users.csv"
    />
  )

createRoot(document.getElementById('root') as HTMLElement).render(
  <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
    <I18nextProvider i18n={i18n}>
      <main style={{ padding: 24 }}>{table}</main>
    </I18nextProvider>
  </MantineProvider>,
)
