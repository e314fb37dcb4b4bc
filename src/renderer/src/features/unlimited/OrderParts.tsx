import { Group, Loader, Skeleton, Stack, Text } from '@mantine/core'
import { formatMediumDateTime, formatMoney } from '@renderer/lib/format'
import { channelQuery } from '@renderer/lib/queries'
import type { Fact } from '@renderer/ui/FactTable'
import type { UnlimitedServer } from '@shared/domain/unlimited'
import { IconInfoCircle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** One row of what is ordered: the kit's FactTable row. */
export type OrderLine = Fact

/** "Jun 1, 2026, 09:30": an expiry is a moment, and a day's renewal moves it by a day. */
export function formatExpiry(iso: string | null): string | null {
  if (iso === null) return null
  const at = Date.parse(iso)
  return Number.isFinite(at) ? formatMediumDateTime(at) : null
}

/** The server as the order dialogs name it: host, size (machine · bandwidth), expiry. */
export function serverLines(server: UnlimitedServer, t: TFunction<'unlimited'>): OrderLine[] {
  const notSent = t('order.unknown')
  return [
    {
      label: t('order.server'),
      value: (
        <Text ff="monospace" size="sm" span>
          {server.planName}
        </Text>
      ),
    },
    {
      label: t('order.size'),
      value: t('order.sizeValue', { machine: server.machine ?? notSent, bandwidth: server.bandwidth ?? notSent }),
    },
    { label: t('order.expires'), value: formatExpiry(server.expiresAt) ?? notSent },
  ]
}

export const walletQuery = channelQuery('account.walletBalance')

/**
 * The wallet as it is now: asked again whenever an order dialog opens (money is about to move), and shown
 * "updating" while an order's charge is being fetched.
 */
export function useWallet() {
  return useQuery({ ...walletQuery, refetchOnMount: 'always' })
}

export function WalletFigure({ label }: { label: string }) {
  const { t } = useTranslation('unlimited')
  const wallet = useWallet()
  let value: ReactNode
  if (wallet.data && wallet.isFetching) {
    value = (
      <Group gap={6} component="span">
        <Loader size={12} aria-hidden="true" />
        <Text span size="sm" c="dimmed">
          {t('order.walletUpdating')}
        </Text>
      </Group>
    )
  } else if (wallet.data) {
    value = (
      <Text span fw={650} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="order-wallet">
        {formatMoney(wallet.data.amount, wallet.data.currency)}
      </Text>
    )
  } else if (wallet.isError) {
    value = (
      <Text span size="sm" c="red">
        {t('order.walletUnavailable')}
      </Text>
    )
  } else {
    value = <Skeleton h={18} w={80} />
  }
  return (
    <Group
      justify="space-between"
      gap="sm"
      px="sm"
      py={8}
      style={{ borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-default-hover)' }}
    >
      <Text size="sm">{label}</Text>
      {value}
    </Group>
  )
}

/** A quiet note with an icon: what the app infers or cannot know. */
export function OrderNote({ children }: { children: ReactNode }) {
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <IconInfoCircle size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {children}
        </Text>
      </Stack>
    </Group>
  )
}
