import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import type { ProxyUser, ProxyUserProduct } from '@shared/domain/proxy-users'
import { Trans, useTranslation } from 'react-i18next'
import { useDeleteProxyUser } from './queries'

interface DeleteUserProps {
  product: ProxyUserProduct
  /** The user to delete; null keeps the confirmation closed. */
  user: ProxyUser | null
  onClose: () => void
}

/**
 * Asks first, naming the user and what deleting means (Cancel takes focus). Confirming closes the dialog and the
 * row leaves at once; if Thordata refuses, the row comes back with one toast saying why.
 */
export function DeleteUser({ product, user, onClose }: DeleteUserProps) {
  const { t } = useTranslation('proxyUsers')
  const remove = useDeleteProxyUser()
  const name = user?.username ?? ''
  return (
    <ConfirmAction
      opened={user !== null}
      onClose={onClose}
      title={t('delete.title', { name })}
      body={<Trans t={t} i18nKey="delete.body" values={{ name }} components={{ b: <strong /> }} />}
      confirmLabel={t('delete.confirm', { name })}
      danger
      action={async () => {
        remove.mutate({ product, username: name })
      }}
    />
  )
}
