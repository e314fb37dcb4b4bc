import { Button, Group, Stack, Text } from '@mantine/core'
import { toAppError } from '@renderer/lib/api'
import { ExternalLink, links } from '@renderer/lib/external'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { keyFor } from '@renderer/lib/queries'
import { Dialog } from '@renderer/ui/Dialog'
import { FactTable } from '@renderer/ui/FactTable'
import { OutcomeUnknownAlert } from '@renderer/ui/purchase/OutcomeUnknownAlert'
import { usePurchase } from '@renderer/ui/purchase/usePurchase'
import type { InputOf } from '@shared/ipc/contract'
import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { alertLink, OrderError, OrderPlaced } from './OrderOutcome'
import { type OrderLine, OrderNote, WalletFigure } from './OrderParts'

type OrderChannel = 'unlimited.renew' | 'unlimited.upgrade'

interface OrderDialogProps<C extends OrderChannel> {
  opened: boolean
  onClose: () => void
  title: string
  channel: C
  /** The choice (step one); it stays as it was when the user goes back or the order is refused. */
  choice: ReactNode
  /** What will be ordered, shown for the confirmation; null while the choice cannot be ordered. */
  order: { input: InputOf<C>; lines: OrderLine[]; notes: string[] } | null
  confirmLabel: string
  /** The sentence shown once the order is placed. */
  placedSummary: string
}

/**
 * The steps of a paid order: choose → review (what exactly, the wallet, an explicit "Pay") → the order Thordata
 * confirmed. The payment is sent once per confirmation: a second click while it runs does nothing (and main joins
 * a second call for the same server), and nothing is retried. A refusal stays on the review with its reason; after
 * an unknown outcome no order for that server goes until the user says the order list does not show it.
 */
export function OrderDialog<C extends OrderChannel>(props: OrderDialogProps<C>) {
  const { opened, onClose, title } = props
  const [pending, setPending] = useState(false)
  return (
    <Dialog
      opened={opened}
      onClose={() => !pending && onClose()}
      title={title}
      size="lg"
      closeOnClickOutside={!pending}
      closeOnEscape={!pending}
      withCloseButton={!pending}
    >
      {opened ? <OrderSteps {...props} onPendingChange={setPending} /> : null}
    </Dialog>
  )
}

type Step = 'choose' | 'review' | 'done'

/** A stable ref callback, so it runs when the element mounts, not on every render. */
const revealOnMount = (element: HTMLElement | null) => element?.scrollIntoView?.({ block: 'nearest' })

function OrderSteps<C extends OrderChannel>({
  onClose,
  channel,
  choice,
  order,
  confirmLabel,
  placedSummary,
  onPendingChange,
}: OrderDialogProps<C> & { onPendingChange: (pending: boolean) => void }) {
  const { t } = useTranslation('unlimited')
  const client = useQueryClient()
  const [step, setStep] = useState<Step>('choose')
  const mutation = useChannelMutation(channel)
  // Renewal and upgrade share it: either may have changed the server, so both wait for the check.
  const purchaseKey = `unlimited.order:${order?.input.insId ?? ''}`
  const purchase = usePurchase(purchaseKey)

  const place = async () => {
    if (!order) return
    const sent = await purchase.send(async () => {
      onPendingChange(true)
      try {
        return await mutation.mutateAsync(order.input)
      } finally {
        onPendingChange(false)
      }
    })
    if (sent.status === 'done') setStep('done')
    if (sent.status !== 'failed') return
    // A refusal charged nothing, but a lost answer may have: the wallet and the list show what happened.
    void client.invalidateQueries({ queryKey: keyFor('account.walletBalance') })
    if (toAppError(sent.error).outcome === 'unknown')
      void client.invalidateQueries({ queryKey: keyFor('unlimited.servers') })
  }

  if (step === 'done' && mutation.data) {
    return (
      <Stack gap="md">
        <OrderPlaced order={mutation.data} summary={placedSummary} />
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('order.done')}
          </Button>
        </Group>
      </Stack>
    )
  }

  if (step === 'choose' || !order) {
    return (
      <Stack gap="md">
        {choice}
        <WalletFigure label={t('order.wallet')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('order.cancel')}
          </Button>
          <Button onClick={() => setStep('review')} disabled={!order}>
            {t('order.review')}
          </Button>
        </Group>
      </Stack>
    )
  }

  const pending = purchase.pending
  const refused = mutation.isError && !pending && toAppError(mutation.error).outcome !== 'unknown'
  return (
    <Stack gap="md">
      <Text size="sm">{t('order.reviewHint')}</Text>
      <FactTable label={t('order.summary')} facts={order.lines} />
      <WalletFigure label={t('order.wallet')} />
      {/* Once Thordata has answered with a reason, the reason takes the notes' place (short windows). */}
      {mutation.isError || purchase.unknown ? null : (
        <Stack gap={6}>
          {order.notes.map((note) => (
            <OrderNote key={note}>{note}</OrderNote>
          ))}
        </Stack>
      )}
      {/* In a short window the reason would be below the fold: bring it into view as it appears. */}
      {refused ? (
        <div ref={revealOnMount}>
          <OrderError error={mutation.error} />
        </div>
      ) : null}
      {purchase.unknown && !pending ? (
        <div ref={revealOnMount}>
          <OutcomeUnknownAlert
            purchaseKey={purchaseKey}
            title={t('order.unknownTitle')}
            checkLabel={t('order.checkedOrders')}
          >
            <ExternalLink href={links.dashboard} {...alertLink}>
              {t('order.checkOrders')}
            </ExternalLink>
          </OutcomeUnknownAlert>
        </div>
      ) : null}
      {pending ? (
        <Text size="sm" c="dimmed" role="status">
          {t('order.placing')}
        </Text>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button
          variant="default"
          onClick={() => {
            mutation.reset()
            setStep('choose')
          }}
          disabled={pending}
          data-autofocus
        >
          {t('order.back')}
        </Button>
        <Button onClick={() => void place()} loading={pending} disabled={purchase.blocked} data-testid="order-confirm">
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  )
}
