import { Card, Group, Progress, Skeleton, Stack, Text } from '@mantine/core'
import { formatNumber } from '@renderer/lib/format'
import type { ProxyUserQuota } from '@shared/domain/proxy-users'
import { useTranslation } from 'react-i18next'

/** Referenced by the disabled "Add user" buttons, so assistive tech reads why they are disabled. */
export const QUOTA_FULL_ID = 'proxy-users-quota-full'

export function QuotaSummary({ quota }: { quota: ProxyUserQuota }) {
  const { t } = useTranslation('proxyUsers')
  const { limit, remainingLimit, userCount } = quota
  const share = limit > 0 ? Math.min(100, (userCount / limit) * 100) : 100
  const full = remainingLimit <= 0
  return (
    <Card component="section" aria-label={t('quota.label')} py="md">
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" fw={600}>
            {t('quota.summary', {
              used: formatNumber(userCount),
              limit: formatNumber(limit),
              left: formatNumber(remainingLimit),
            })}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('quota.setByPlan')}
          </Text>
        </Group>
        <Progress
          value={share}
          size="sm"
          color={full ? 'red' : share >= 80 ? 'orange' : undefined}
          aria-label={t('quota.inUse')}
        />
        {full ? (
          <Text size="sm" c="red" id={QUOTA_FULL_ID}>
            {t('quota.full')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  )
}

/** The quota card and the table while the list loads, in their shapes. */
export function ListSkeleton() {
  const { t } = useTranslation('proxyUsers')
  return (
    <Stack gap="lg" aria-busy="true" aria-label={t('loading')}>
      <Skeleton h={76} radius="md" />
      <Card>
        <Stack gap="sm">
          <Skeleton h={28} />
          {[0, 1, 2, 3, 4].map((row) => (
            <Skeleton key={row} h={40} />
          ))}
        </Stack>
      </Card>
    </Stack>
  )
}
