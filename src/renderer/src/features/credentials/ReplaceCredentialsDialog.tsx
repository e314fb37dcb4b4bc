import { notifySuccess } from '@renderer/lib/notify'
import { isAccountData } from '@renderer/lib/queries'
import { clearRejectedCredentials } from '@renderer/lib/rejected-credentials'
import { Dialog } from '@renderer/ui/Dialog'
import type { SessionInfo } from '@shared/domain/session'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConnectForm } from './ConnectForm'

interface ReplaceCredentialsDialogProps {
  opened: boolean
  onClose: () => void
  session: SessionInfo
}

/**
 * New token and key for the account (or, in the demo, a real account to connect). Once main has accepted them, the
 * figures that failed with the old ones load again.
 */
export function ReplaceCredentialsDialog({ opened, onClose, session }: ReplaceCredentialsDialogProps) {
  const { t } = useTranslation('onboarding')
  const client = useQueryClient()
  const demo = session.mode === 'demo'
  return (
    <Dialog opened={opened} onClose={onClose} title={demo ? t('connect.title') : t('replace.title')}>
      <ConnectForm
        submitLabel={demo ? t('connect.submit') : t('replace.submit')}
        onConnected={(next) => {
          onClose()
          clearRejectedCredentials(client)
          void client.invalidateQueries({ predicate: (query) => isAccountData(query.queryKey) })
          notifySuccess(t('replace.connected', { name: next.accountName ?? t('replace.yourAccount') }))
        }}
      />
    </Dialog>
  )
}
