import { Badge, Stack } from '@mantine/core'
import { formatMediumDate, formatMoney, formatNumber, formatTraffic, todayIso, unitToBytes } from '@renderer/lib/format'
import type { TrafficBalance, UsageReport, WalletBalance } from '@shared/domain/account'
import { IconCalendarTime, IconDatabase, IconWallet } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { describeExpiry, type ExpiryStatus, type ExpiryTone } from './expiry'
import { ForecastLine } from './ForecastLine'
import { trafficQuery, walletQuery } from './queries'
import { StatCard, StatCards } from './StatCard'

interface BalanceCardsProps {
  traffic: UseQueryResult<TrafficBalance>
  wallet: UseQueryResult<WalletBalance>
  lowBalanceGb: number | undefined
  /** What the runway forecast reads besides the balance. */
  forecast: { usage: UsageReport | undefined; warningDays: number | undefined }
}

export function BalanceCards({ traffic, wallet, lowBalanceGb, forecast }: BalanceCardsProps) {
  const { t } = useTranslation('account')
  const today = todayIso()
  return (
    <StatCards>
      <StatCard
        label={t('traffic.title')}
        icon={<IconDatabase size={18} />}
        query={traffic}
        queryKey={trafficQuery.queryKey}
        figure={(data) => formatTraffic(data.remainingBytes)}
        footer={(data) => (
          <Stack gap={4} align="inherit">
            <LowBalanceNote bytes={data.remainingBytes} thresholdGb={lowBalanceGb} />
            <ForecastLine balance={data} usage={forecast.usage} warningDays={forecast.warningDays} />
          </Stack>
        )}
      />
      <StatCard
        label={t('expiry.title')}
        icon={<IconCalendarTime size={18} />}
        color="grape"
        query={traffic}
        queryKey={trafficQuery.queryKey}
        figure={(data) => (data.expiresOn ? formatMediumDate(data.expiresOn) : t('expiry.noDate'))}
        figureColor={(data) => (describeExpiry(data.expiresOn, today).tone === 'expired' ? 'red' : undefined)}
        footer={(data) => <ExpiryNote status={describeExpiry(data.expiresOn, today)} />}
      />
      <StatCard
        label={t('wallet.title')}
        icon={<IconWallet size={18} />}
        color="teal"
        query={wallet}
        queryKey={walletQuery.queryKey}
        figure={(data) => formatMoney(data.amount, data.currency)}
        footer={(data) => t('wallet.available', { currency: data.currency })}
      />
    </StatCards>
  )
}

function LowBalanceNote({ bytes, thresholdGb }: { bytes: number; thresholdGb: number | undefined }) {
  const { t } = useTranslation('account')
  if (thresholdGb && bytes < unitToBytes(thresholdGb, 'GB')) {
    return (
      <Badge variant="light" color="orange" size="md" radius="sm" tt="none">
        {t('traffic.belowWarning', { level: `${formatNumber(thresholdGb)} GB` })}
      </Badge>
    )
  }
  return t('traffic.shared')
}

const toneColor: Record<ExpiryTone, string | undefined> = {
  ok: undefined,
  soon: 'orange',
  expired: 'red',
  unknown: undefined,
}

function ExpiryNote({ status }: { status: ExpiryStatus }) {
  const { t } = useTranslation('account')
  const label =
    status.days === null
      ? t('expiry.none')
      : status.days < 0
        ? t('expiry.expiredDaysAgo', { count: -status.days })
        : status.days === 0
          ? t('expiry.today')
          : t('expiry.inDays', { count: status.days })
  const color = toneColor[status.tone]
  if (!color) return <span data-tone={status.tone}>{label}</span>
  return (
    <Badge variant="light" color={color} size="md" radius="sm" tt="none" data-tone={status.tone}>
      {label}
    </Badge>
  )
}
