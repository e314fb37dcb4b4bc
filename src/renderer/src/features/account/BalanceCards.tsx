import { Badge, SimpleGrid, Text } from '@mantine/core'
import { formatMediumDate, formatMoney, todayIso } from '@renderer/lib/format'
import type { TrafficBalance, WalletBalance } from '@shared/domain/account'
import { formatBytes, unitBytes } from '@shared/traffic'
import { IconCalendarTime, IconDatabase, IconWallet } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { describeExpiry, type ExpiryTone } from './expiry'
import { queryCardState, StatCard } from './StatCard'

interface BalanceCardsProps {
  traffic: UseQueryResult<TrafficBalance>
  wallet: UseQueryResult<WalletBalance>
  lowBalanceGb: number | undefined
}

export function BalanceCards({ traffic, wallet, lowBalanceGb }: BalanceCardsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
      <StatCard
        label="Traffic remaining"
        icon={<IconDatabase size={18} />}
        value={traffic.data ? formatBytes(traffic.data.remainingBytes) : null}
        footer={traffic.data ? <LowBalanceNote bytes={traffic.data.remainingBytes} thresholdGb={lowBalanceGb} /> : null}
        {...queryCardState(traffic)}
      />
      <ExpiryCard traffic={traffic} />
      <StatCard
        label="Wallet"
        icon={<IconWallet size={18} />}
        color="teal"
        value={wallet.data ? formatMoney(wallet.data.amount, wallet.data.currency) : null}
        footer={wallet.data ? `Available balance, ${wallet.data.currency}` : null}
        {...queryCardState(wallet)}
      />
    </SimpleGrid>
  )
}

function LowBalanceNote({ bytes, thresholdGb }: { bytes: number; thresholdGb: number | undefined }) {
  if (thresholdGb && bytes < thresholdGb * unitBytes.GB) {
    return (
      <Badge variant="light" color="orange" size="md" radius="sm">
        Below your {thresholdGb} GB warning level
      </Badge>
    )
  }
  return 'Shared by all your proxy users'
}

const toneColor: Record<ExpiryTone, string | undefined> = {
  ok: undefined,
  soon: 'orange',
  expired: 'red',
  unknown: undefined,
}

function ExpiryCard({ traffic }: { traffic: UseQueryResult<TrafficBalance> }) {
  const expiresOn = traffic.data?.expiresOn ?? null
  const status = describeExpiry(expiresOn, todayIso())
  const color = toneColor[status.tone]
  return (
    <StatCard
      label="Expires"
      icon={<IconCalendarTime size={18} />}
      color={color ?? 'grape'}
      value={
        traffic.data ? (
          <Text inherit span c={status.tone === 'expired' ? 'red' : undefined}>
            {expiresOn ? formatMediumDate(expiresOn) : 'No date'}
          </Text>
        ) : null
      }
      footer={
        traffic.data ? (
          color ? (
            <Badge variant="light" color={color} size="md" radius="sm" data-tone={status.tone}>
              {status.label}
            </Badge>
          ) : (
            <span data-tone={status.tone}>{status.label}</span>
          )
        ) : null
      }
      {...queryCardState(traffic)}
    />
  )
}
