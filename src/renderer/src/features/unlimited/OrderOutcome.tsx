import { Alert, Group, Stack, Text } from '@mantine/core'
import { toAppError } from '@renderer/lib/api'
import { ErrorAlert } from '@renderer/lib/errors'
import { ExternalLink, links } from '@renderer/lib/external'
import { formatMoney, formatNumber } from '@renderer/lib/format'
import { CopyButton } from '@renderer/ui/CopyButton'
import { FactTable } from '@renderer/ui/FactTable'
import type { UnlimitedOrder } from '@shared/domain/unlimited'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useWallet, WalletFigure } from './OrderParts'

/** Inside a coloured alert the theme's link blue lacks contrast (dark red, dark orange): the alert's text, underlined. */
export const alertLink = {
  size: 'sm',
  c: 'inherit',
  fw: 600,
  underline: 'always',
  style: { alignSelf: 'flex-start' },
} as const

/** Thordata's "wallet balance insufficient" (reference §10). */
const WALLET_TOO_LOW = 10008

/**
 * Why Thordata refused an order (an unknown outcome is the kit's OutcomeUnknownAlert). A low wallet shows the
 * balance and where to top up.
 */
export function OrderError({ error }: { error: unknown }) {
  const { t } = useTranslation('unlimited')
  const appError = toAppError(error)
  const wallet = useWallet()
  if (appError.code === WALLET_TOO_LOW) {
    return (
      <Alert
        variant="light"
        color="red"
        title={t('order.refusedTitle')}
        icon={<IconAlertTriangle size={18} aria-hidden="true" />}
        role="alert"
      >
        <Stack gap="xs">
          <Text size="sm">{appError.message}</Text>
          {wallet.data ? (
            <Text size="sm" fw={600} data-testid="order-low-wallet">
              {t('order.lowWallet', { amount: formatMoney(wallet.data.amount, wallet.data.currency) })}
            </Text>
          ) : null}
          <ExternalLink href={links.dashboard} {...alertLink}>
            {t('order.topUp')}
          </ExternalLink>
        </Stack>
      </Alert>
    )
  }
  return <ErrorAlert error={error} title={t('order.refusedTitle')} />
}

interface OrderPlacedProps {
  order: UnlimitedOrder
  /** "abcd1234… is renewed for 30 days." */
  summary: string
}

/** The order as Thordata confirmed it: its number, what it cost, and the wallet after it. */
export function OrderPlaced({ order, summary }: OrderPlacedProps) {
  const { t } = useTranslation('unlimited')
  const wallet = useWallet()
  // The docs do not state the currency: the wallet's when it is known, otherwise the bare number.
  const currency = wallet.data?.currency
  const notReturned = (
    <Text span size="sm" c="dimmed">
      {t('order.notReturned')}
    </Text>
  )
  return (
    <Stack gap="md">
      <Alert
        variant="light"
        color="teal"
        title={t('order.placed')}
        icon={<IconCircleCheck size={18} aria-hidden="true" />}
        role="status"
      >
        <Text size="sm">{summary}</Text>
      </Alert>
      <FactTable
        label={t('order.placed')}
        facts={[
          {
            label: t('order.orderId'),
            value: order.orderId ? (
              <Group gap={4} wrap="nowrap">
                <Text span ff="monospace" size="sm" data-testid="order-id">
                  {order.orderId}
                </Text>
                <CopyButton value={order.orderId} label={t('order.orderId')} />
              </Group>
            ) : (
              notReturned
            ),
          },
          {
            label: t('order.charged'),
            value:
              order.amount === null ? (
                notReturned
              ) : (
                <Text span fw={650} size="sm" data-testid="order-amount">
                  {currency ? formatMoney(order.amount, currency) : formatNumber(order.amount, 2)}
                </Text>
              ),
          },
        ]}
      />
      <WalletFigure label={t('order.walletNow')} />
    </Stack>
  )
}
