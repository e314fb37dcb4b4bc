import { Dialog } from '@renderer/ui/Dialog'
import type { ProxyUser, ProxyUserProduct } from '@shared/domain/proxy-users'
import { useTranslation } from 'react-i18next'
import { UserForm } from './UserForm'

interface UserFormModalProps {
  opened: boolean
  product: ProxyUserProduct
  /** null adds a new user. */
  user: ProxyUser | null
  /** Changes on every opening, so the form starts from the row's current values each time. */
  formKey: number
  onClose: () => void
}

/** Adding names the product ("Add residential proxy user"); editing names the user. */
export function UserFormModal({ opened, product, user, formKey, onClose }: UserFormModalProps) {
  const { t } = useTranslation('proxyUsers')
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={user ? t('form.editTitle', { name: user.username }) : t(`form.addTitle.${product}`)}
      size="lg"
    >
      <UserForm key={formKey} product={product} user={user} onDone={onClose} />
    </Dialog>
  )
}
