import { Button, Group, Stack, Text } from '@mantine/core'
import { formatTraffic } from '@renderer/lib/format'
import type { CreateCdkInput } from '@shared/domain/cdk'
import { Trans, useTranslation } from 'react-i18next'
import { CreateOutcomeUnknown } from './CreateOutcome'

interface CreateConfirmProps {
  input: CreateCdkInput
  balanceBytes: number | undefined
  pending: boolean
  /** The last create's outcome is unknown and the user has not yet said the list does not show it. */
  blocked: boolean
  onBack: () => void
  onConfirm: () => void
}

/** Step 2: exactly what is ordered and what it takes from the balance, before anything is sent. */
export function CreateConfirm({ input, balanceBytes, pending, blocked, onBack, onConfirm }: CreateConfirmProps) {
  const { t } = useTranslation('cdk')
  const total = input.trafficBytes * input.count
  const each = formatTraffic(input.trafficBytes)
  return (
    <Stack gap="md">
      <Text size="sm" component="div">
        <Trans
          t={t}
          i18nKey="create.confirmBody"
          values={{ total: formatTraffic(total), each }}
          components={{ b: <strong /> }}
        />
      </Text>
      {balanceBytes !== undefined ? (
        <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('create.confirmBalance', {
            balance: formatTraffic(balanceBytes),
            after: formatTraffic(Math.max(0, balanceBytes - total)),
          })}
        </Text>
      ) : null}
      {pending ? null : <CreateOutcomeUnknown />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onBack} disabled={pending} data-autofocus>
          {t('create.back')}
        </Button>
        <Button onClick={onConfirm} loading={pending} disabled={blocked}>
          {t('create.confirm', { count: input.count })}
        </Button>
      </Group>
    </Stack>
  )
}
