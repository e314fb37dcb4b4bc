import { Drawer, EmptyState, Skeleton, Stack, Text } from '@mantine/core'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import { type Column, DataTable, type RowAction } from '@renderer/ui/data-table'
import { QueryView } from '@renderer/ui/QueryView'
import type { BoundUser, UnlimitedServer } from '@shared/domain/unlimited'
import { IconTrash, IconUsers } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { BoundUserAdd } from './BoundUserAdd'
import { useBoundUsers, useUnbindUser } from './BoundUsersQueries'
import { formatExpiry } from './OrderParts'

/** The proxy users allowed on one unlimited server (reference §7.7): list, add, remove after a confirmation. */
export function BoundUsersDrawer({ server, onClose }: { server: UnlimitedServer | null; onClose: () => void }) {
  const { t } = useTranslation('unlimited')
  return (
    <Drawer
      opened={server !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={650}>{t('bound.title', { name: server?.planName ?? '' })}</Text>}
      closeButtonProps={{ 'aria-label': t('order.close') }}
    >
      {/* The server names itself to §7.7 by its domain, which is the list's plan name. */}
      {server ? <BoundUsers key={server.planName} server={server.planName} /> : null}
    </Drawer>
  )
}

function BoundUsers({ server }: { server: string }) {
  const { t } = useTranslation('unlimited')
  const list = useBoundUsers(server)
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('bound.intro')}
      </Text>
      <QueryView
        query={list}
        skeleton={
          <Stack gap="sm" aria-busy="true" aria-label={t('bound.loading')} role="status">
            <Skeleton h={36} />
            <Skeleton h={36} />
            <Skeleton h={36} />
          </Stack>
        }
      >
        {(data) => (
          <Stack gap="md">
            <BoundUserAdd server={server} bound={data.users} />
            {data.users.length === 0 ? (
              <EmptyState
                icon={<IconUsers size={28} aria-hidden="true" />}
                withIndicatorBackground
                title={t('bound.empty')}
                py="lg"
              />
            ) : (
              <BoundUserTable server={server} users={data.users} />
            )}
          </Stack>
        )}
      </QueryView>
    </Stack>
  )
}

const SEARCH_FROM = 8

const boundAtLabel = (user: BoundUser) => formatExpiry(user.boundAt) ?? '—'

function BoundUserTable({ server, users }: { server: string; users: BoundUser[] }) {
  const { t } = useTranslation('unlimited')
  const unbind = useUnbindUser()
  const [target, setTarget] = useState<BoundUser | null>(null)
  const searchable = users.length > SEARCH_FROM

  const columns = useMemo<Column<BoundUser>[]>(
    () => [
      {
        id: 'username',
        header: t('bound.username'),
        priority: 1,
        cell: (user) => (
          <Text size="sm" ff="monospace" span>
            {user.username}
          </Text>
        ),
        sortValue: (user) => user.username,
        // A search box only once the list is long enough to need one.
        searchValue: searchable ? (user) => user.username : undefined,
      },
      {
        id: 'boundAt',
        header: t('bound.boundAt'),
        priority: 2,
        width: 170,
        cell: (user) => (
          <Text size="sm" c="dimmed" span>
            {boundAtLabel(user)}
          </Text>
        ),
        sortValue: (user) => user.boundAt ?? '',
      },
    ],
    [t, searchable],
  )
  const actions = useMemo<RowAction<BoundUser>[]>(
    () => [
      {
        id: 'remove',
        name: t('bound.remove'),
        label: (user) => t('bound.removeUser', { name: user.username }),
        icon: <IconTrash size={16} aria-hidden="true" />,
        color: 'red',
        onClick: setTarget,
      },
    ],
    [t],
  )
  const name = target?.username ?? ''
  return (
    <>
      <DataTable
        rows={users}
        columns={columns}
        getRowId={(user) => user.username}
        label={t('bound.table', { name: server })}
        actions={actions}
        defaultSort={{ columnId: 'username', direction: 'asc' }}
        rowHeight={44}
        maxHeight={480}
      />
      <ConfirmAction
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={t('bound.removeTitle', { name, server })}
        body={<Trans t={t} i18nKey="bound.removeBody" values={{ name }} components={{ b: <strong /> }} />}
        confirmLabel={t('bound.removeConfirm', { name })}
        danger
        action={async () => {
          unbind.mutate({ server, username: name })
        }}
      />
    </>
  )
}
