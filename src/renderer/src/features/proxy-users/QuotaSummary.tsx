import { Card, Group, Progress, Stack, Text } from '@mantine/core'
import type { ProxyUserQuota } from '@shared/domain/proxy-users'

/** Referenced by the disabled "Add user" buttons, so assistive tech reads why they are disabled. */
export const QUOTA_FULL_ID = 'proxy-users-quota-full'

const count = (n: number) => n.toLocaleString('en-US')

export function QuotaSummary({ quota }: { quota: ProxyUserQuota }) {
  const { limit, remainingLimit, userCount } = quota
  const share = limit > 0 ? Math.min(100, (userCount / limit) * 100) : 100
  const full = remainingLimit <= 0
  return (
    <Card component="section" aria-label="Proxy user quota" py="md">
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {count(userCount)} of {count(limit)} users · {count(remainingLimit)} left
          </Text>
          <Text size="xs" c="dimmed">
            Set by your plan
          </Text>
        </Group>
        <Progress
          value={share}
          size="sm"
          color={full ? 'red' : share >= 80 ? 'orange' : undefined}
          aria-label="Proxy users in use"
        />
        {full ? (
          <Text size="sm" c="red" id={QUOTA_FULL_ID}>
            You have used every proxy user your plan allows. Delete one to add another, or raise the limit in the
            Thordata dashboard.
          </Text>
        ) : null}
      </Stack>
    </Card>
  )
}
