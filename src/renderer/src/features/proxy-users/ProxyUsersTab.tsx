import { Stack } from '@mantine/core'
import { DataTable } from '@renderer/ui/data-table'
import { PageLayout } from '@renderer/ui/PageLayout'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import { QueryView } from '@renderer/ui/QueryView'
import type { ProxyUser, ProxyUserProduct } from '@shared/domain/proxy-users'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AddUserButton, EmptyUsers } from './AddUser'
import { type UserAction, useUserActions, useUserColumns } from './columns'
import { DeleteUser } from './DeleteUser'
import { ListSkeleton, QuotaSummary } from './QuotaSummary'
import { useProxyUsers } from './queries'
import { UsageDrawer } from './UsageDrawer'
import { UserFormModal } from './UserFormModal'

type Dialog = { kind: 'add'; user: null } | { kind: UserAction; user: ProxyUser }

const userId = (user: ProxyUser) => user.username

/** The proxy users (sub-accounts) of one product: quota, the list, and adding, editing, deleting and usage. */
export default function ProxyUsersTab() {
  const { t } = useTranslation('proxyUsers')
  const [product, setProduct] = useState<ProxyUserProduct>('residential')
  const list = useProxyUsers(product)
  const users = list.data?.users
  const columns = useUserColumns(users)

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
  const actions = useUserActions(useCallback((kind: UserAction, user: ProxyUser) => show({ kind, user }), [show]))
  const onAdd = () => show({ kind: 'add', user: null })
  const openAs = (kind: Dialog['kind']) => open && dialog?.kind === kind

  const quota = list.data?.quota
  const full = quota ? quota.remainingLimit <= 0 : false
  const empty = users?.length === 0

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      productSwitch={<ProductSwitch section="proxyUsers" value={product} onChange={setProduct} />}
      queries={[list]}
      actions={empty ? null : <AddUserButton onClick={onAdd} disabled={!quota} full={full} />}
    >
      <QueryView query={list} skeleton={<ListSkeleton />}>
        {(data) => (
          <Stack gap="lg">
            <QuotaSummary quota={data.quota} />
            {data.users.length === 0 ? (
              <EmptyUsers onAdd={onAdd} full={full} />
            ) : (
              <DataTable
                rows={data.users}
                columns={columns}
                getRowId={userId}
                label={t('table.label')}
                actions={actions}
                searchLabel={t('table.search')}
                searchPlaceholder={t('table.searchPlaceholder')}
                csvFilename={`proxy-users-${product}.csv`}
                rowHeight={56}
              />
            )}
          </Stack>
        )}
      </QueryView>

      <UserFormModal
        opened={openAs('add') || openAs('edit')}
        product={product}
        user={dialog?.kind === 'edit' ? dialog.user : null}
        formKey={opening}
        onClose={close}
      />
      <DeleteUser product={product} user={openAs('delete') ? (dialog?.user ?? null) : null} onClose={close} />
      <UsageDrawer
        opened={openAs('usage')}
        product={product}
        user={dialog?.kind === 'usage' ? dialog.user : null}
        viewKey={opening}
        onClose={close}
      />
    </PageLayout>
  )
}
