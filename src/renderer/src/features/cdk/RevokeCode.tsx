import { formatTraffic } from '@renderer/lib/format'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import type { Cdk } from '@shared/domain/cdk'
import { Trans, useTranslation } from 'react-i18next'
import { useRevokeCdk } from './queries'

/**
 * Asks first, naming the code and the traffic that goes back (Cancel takes focus). The request runs inside the
 * dialog: a refusal stays there, in words; once Thordata agrees, the row turns Revoked and the balance refreshes.
 */
export function RevokeCode({ cdk, onClose }: { cdk: Cdk | null; onClose: () => void }) {
  const { t } = useTranslation('cdk')
  const revoke = useRevokeCdk()
  const code = cdk?.code ?? ''
  return (
    <ConfirmAction
      opened={cdk !== null}
      onClose={onClose}
      title={t('revoke.title', { code })}
      body={
        <Trans
          t={t}
          i18nKey="revoke.body"
          values={{ code, traffic: formatTraffic(cdk?.trafficBytes ?? 0) }}
          components={{ b: <strong style={{ fontFamily: 'var(--mantine-font-family-monospace)' }} /> }}
        />
      }
      confirmLabel={t('revoke.confirm', { code })}
      danger
      action={() => revoke.mutateAsync({ cdk: code })}
    />
  )
}
