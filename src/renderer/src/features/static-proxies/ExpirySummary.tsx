import { Badge, Group, Skeleton, Stack, Text } from '@mantine/core'
import { SOON_DAYS, tallyExpiry } from '@renderer/lib/expiry'
import type { StaticProxyRow } from '@shared/domain/proxies'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** How many IPs there are and how many have expired or expire within a week: what needs renewing first. */
export function ExpirySummary({ proxies, now }: { proxies: readonly StaticProxyRow[]; now: number }) {
  const { t } = useTranslation('staticProxies')
  const tally = useMemo(
    () =>
      tallyExpiry(
        proxies.map((p) => p.expiresAt),
        now,
      ),
    [proxies, now],
  )
  return (
    <Group gap="xs" role="group" aria-label={t('summary.label')}>
      <Text size="sm" fw={600} mr={4}>
        {t('summary.total', { count: proxies.length })}
      </Text>
      {tally.expired ? (
        <Badge variant="light" color="red" radius="sm" style={{ textTransform: 'none' }}>
          {t('summary.expired', { count: tally.expired })}
        </Badge>
      ) : null}
      {tally.soon ? (
        <Badge variant="light" color="orange" radius="sm" style={{ textTransform: 'none' }}>
          {t('summary.soon', { count: tally.soon, days: SOON_DAYS })}
        </Badge>
      ) : null}
      {tally.ok ? (
        <Badge variant="light" color="teal" radius="sm" style={{ textTransform: 'none' }}>
          {t('summary.ok', { count: tally.ok })}
        </Badge>
      ) : null}
    </Group>
  )
}

export function ListSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="sm" aria-busy="true" aria-label={label} role="status">
      <Skeleton h={22} w={320} />
      <Skeleton h={36} />
      {[0, 1, 2, 3, 4].map((row) => (
        <Skeleton key={row} h={44} />
      ))}
    </Stack>
  )
}
