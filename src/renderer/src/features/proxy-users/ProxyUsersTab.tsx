import { Card, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { PageHeader } from '@renderer/ui/PageHeader'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import type { ProxyUser, ProxyUserProduct } from '@shared/domain/proxy-users'
import { IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { AddUserButton, EmptyUsers } from './AddUser'
import { DeleteUserModal } from './DeleteUserModal'
import { QuotaSummary } from './QuotaSummary'
import { useDeleteProxyUser, useProxyUsers } from './queries'
import { UsageDrawer } from './UsageDrawer'
import { UserFormModal } from './UserFormModal'
import type { RowAction } from './UserRow'
import { UsersTable } from './UsersTable'

const products = ['residential', 'unlimited', 'mobile'] as const

type Dialog = { kind: 'add'; user: null } | { kind: RowAction; user: ProxyUser }

/** The proxy users (sub-accounts) of one product: quota, the list, and adding, editing, deleting and usage. */
export default function ProxyUsersTab() {
  const [product, setProduct] = useState<ProxyUserProduct>('residential')
  const list = useProxyUsers(product)
  const remove = useDeleteProxyUser()
  const [search, setSearch] = useState('')
  // Filtering 10,000 names takes about a millisecond, so the list follows each keystroke in the same render:
  // deferring it cost an extra render and frame per keystroke (npm run bench).
  const query = search.trim().toLowerCase()
  const users = list.data?.users
  // Lower-cased once per list, not once per keystroke.
  const names = useMemo(() => users?.map((user) => user.username.toLowerCase()) ?? [], [users])
  const shown = useMemo(
    () => (users && query ? users.filter((_, index) => names[index].includes(query)) : (users ?? [])),
    [users, names, query],
  )

  // The dialog outlives `open` so a closing modal keeps its content until its transition ends.
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [open, setOpen] = useState(false)
  const [opening, setOpening] = useState(0)
  const show = useCallback((next: Dialog) => {
    setDialog(next)
    setOpen(true)
    setOpening((count) => count + 1)
  }, [])
  const close = () => setOpen(false)
  const onAction = useCallback((kind: RowAction, user: ProxyUser) => show({ kind, user }), [show])
  const onAdd = () => show({ kind: 'add', user: null })
  const openAs = (kind: Dialog['kind']) => open && dialog?.kind === kind

  const quota = list.data?.quota
  const full = quota ? quota.remainingLimit <= 0 : false
  const empty = users?.length === 0

  return (
    <Stack gap="lg">
      <PageHeader
        title="Proxy users"
        description="Sub-accounts that sign in to your proxies with their own username and password"
        actions={empty ? null : <AddUserButton onClick={onAdd} disabled={!quota} full={full} />}
      />
      <Group justify="space-between" wrap="nowrap">
        <ProductSwitch value={product} onChange={setProduct} products={products} />
        {users && !empty ? (
          <TextInput
            aria-label="Search users"
            placeholder="Search by username"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={280}
          />
        ) : null}
      </Group>
      {quota ? <QuotaSummary quota={quota} /> : null}

      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.isPending ? (
        <ListSkeleton />
      ) : empty ? (
        <EmptyUsers onAdd={onAdd} full={full} />
      ) : (
        <Card p={0} component="section" aria-label="User list">
          {shown.length ? (
            <UsersTable users={shown} onAction={onAction} />
          ) : (
            <Text c="dimmed" ta="center" py="xl">
              No users match “{search.trim()}”
            </Text>
          )}
        </Card>
      )}

      <UserFormModal
        opened={openAs('add') || openAs('edit')}
        product={product}
        user={dialog?.kind === 'edit' ? dialog.user : null}
        formKey={opening}
        onClose={close}
      />
      <DeleteUserModal
        opened={openAs('delete')}
        user={dialog?.kind === 'delete' ? dialog.user : null}
        onCancel={close}
        onConfirm={(user) => {
          close()
          remove.mutate({ product, username: user.username })
        }}
      />
      <UsageDrawer
        opened={openAs('usage')}
        product={product}
        user={dialog?.kind === 'usage' ? dialog.user : null}
        viewKey={opening}
        onClose={close}
      />
    </Stack>
  )
}

function ListSkeleton() {
  return (
    <Card aria-busy="true" aria-label="Loading proxy users">
      <Stack gap="sm">
        <Skeleton h={28} />
        {[0, 1, 2, 3, 4].map((row) => (
          <Skeleton key={row} h={40} />
        ))}
      </Stack>
    </Card>
  )
}
