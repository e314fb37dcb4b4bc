import { Modal, Text } from '@mantine/core'
import type { ProxyUser, ProxyUserProduct } from '@shared/domain/proxy-users'
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

export function UserFormModal({ opened, product, user, formKey, onClose }: UserFormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={650}>{user ? `Edit ${user.username}` : 'Add proxy user'}</Text>}
      size="lg"
    >
      <UserForm key={formKey} product={product} user={user} onDone={onClose} />
    </Modal>
  )
}
