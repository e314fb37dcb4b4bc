import { Group, Progress, Skeleton, Stack, Text } from '@mantine/core'
import type { Whitelist } from '@shared/domain/whitelist'

export function QuotaBar({ list }: { list: Whitelist | undefined }) {
  if (!list) {
    return (
      <Stack gap={8} aria-busy="true">
        <Skeleton h={16} w={180} />
        <Skeleton h={8} />
      </Stack>
    )
  }
  const { ipCount, limit, remainingLimit } = list
  const used = limit > 0 ? Math.min(100, Math.round((ipCount / limit) * 100)) : 100
  const color = remainingLimit === 0 ? 'red' : used >= 80 ? 'orange' : undefined
  return (
    <Stack gap={8}>
      <Group justify="space-between">
        <Text size="sm" fw={550}>
          {ipCount} of {limit} IPs · {remainingLimit} left
        </Text>
        <Text size="xs" c="dimmed">
          Your plan's whitelist allowance for this product
        </Text>
      </Group>
      <Progress value={used} color={color} aria-label="Whitelist quota" size="md" />
    </Stack>
  )
}
