import { Text } from '@mantine/core'
import { OutcomeUnknownAlert } from '@renderer/ui/purchase/OutcomeUnknownAlert'
import { useTranslation } from 'react-i18next'

/** Every create spends from the one traffic balance: a lost answer holds back the next create, whatever its size. */
export const CREATE_PURCHASE = 'cdk.create'

/** A create whose answer was lost: look at the (refreshed) list, and say so before creating again. */
export function CreateOutcomeUnknown() {
  const { t } = useTranslation('cdk')
  return (
    <OutcomeUnknownAlert
      purchaseKey={CREATE_PURCHASE}
      title={t('create.unknownTitle')}
      checkLabel={t('create.checkedList')}
    >
      <Text size="sm">{t('create.unknownHint')}</Text>
    </OutcomeUnknownAlert>
  )
}
