import { Alert, Checkbox, Stack, Text } from '@mantine/core'
import { usePurchaseOutcome } from '@renderer/lib/purchase-outcome'
import { IconQuestionMark } from '@tabler/icons-react'
import type { ReactNode } from 'react'

interface OutcomeUnknownAlertProps {
  /** The purchase, as given to usePurchase. */
  purchaseKey: string
  title: string
  /** "I checked the order list: this order is not there": ticking it allows buying again. */
  checkLabel: string
  /** Where to check (a link, a hint), below the message. */
  children?: ReactNode
}

/**
 * After a purchase whose outcome is unknown: says so, says where to look, and asks the user to confirm the list does
 * not show it before buying again. Renders nothing when the last attempt's outcome is known.
 */
export function OutcomeUnknownAlert({ purchaseKey, title, checkLabel, children }: OutcomeUnknownAlertProps) {
  const { entry, setChecked } = usePurchaseOutcome(purchaseKey)
  if (!entry) return null
  return (
    <Alert
      variant="light"
      color="orange"
      title={title}
      icon={<IconQuestionMark size={18} aria-hidden="true" />}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{entry.error.message}</Text>
        {children}
        <Checkbox
          size="sm"
          label={checkLabel}
          checked={entry.checked}
          onChange={(event) => setChecked(event.currentTarget.checked)}
        />
      </Stack>
    </Alert>
  )
}
