import { Card, Group, Skeleton, Stack, Text } from '@mantine/core'
import { formatTraffic } from '@renderer/lib/format'
import type { Cdk } from '@shared/domain/cdk'
import { useTranslation } from 'react-i18next'
import { useTrafficBalance } from './queries'

function Figure({ label, value }: { label: string; value: string | null }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {value === null ? (
        <Skeleton h={24} w={96} />
      ) : (
        <Text size="lg" fw={650} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
      )}
    </Stack>
  )
}

/** What creating spends and revoking gives back: the traffic balance, and the traffic still waiting in codes. */
export function CdkSummary({ cdks }: { cdks: readonly Cdk[] }) {
  const { t } = useTranslation('cdk')
  const balance = useTrafficBalance()
  const unused = cdks.filter((cdk) => cdk.status === 'unused')
  const held = unused.reduce((sum, cdk) => sum + cdk.trafficBytes, 0)
  const balanceText = balance.data ? formatTraffic(balance.data.remainingBytes) : balance.isError ? '—' : null
  return (
    <Card component="section" aria-label={t('summary.label')} py="md">
      <Group gap="xl" wrap="wrap">
        <Figure label={t('summary.balance')} value={balanceText} />
        <Figure label={t('summary.held', { count: unused.length })} value={formatTraffic(held)} />
      </Group>
    </Card>
  )
}

/** The summary and the table while the list loads, in their shapes. */
export function CdkSkeleton() {
  const { t } = useTranslation('cdk')
  return (
    <Stack gap="lg" role="status" aria-busy="true" aria-label={t('loading')}>
      <Skeleton h={82} radius="md" />
      <Skeleton h={320} radius="md" />
    </Stack>
  )
}
