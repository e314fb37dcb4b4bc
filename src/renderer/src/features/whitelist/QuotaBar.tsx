import { Group, Progress, Text } from '@mantine/core'
import type { Whitelist } from '@shared/domain/whitelist'
import { useTranslation } from 'react-i18next'

/** "2 of 20 IPs · 18 left" and a bar: the plan's whitelist allowance for the product shown. */
export function QuotaBar({ list }: { list: Whitelist }) {
  const { t } = useTranslation('whitelist')
  const { ipCount, limit, remainingLimit } = list
  const used = limit > 0 ? Math.min(100, Math.round((ipCount / limit) * 100)) : 100
  const color = remainingLimit === 0 ? 'red' : used >= 80 ? 'orange' : undefined
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" fw={550} style={{ whiteSpace: 'nowrap' }}>
        {t('quota.summary', { used: ipCount, limit, left: remainingLimit })}
      </Text>
      {/* Only where the toolbar has room: the words say the same, and the search box needs the space more. */}
      <Progress
        value={used}
        color={color}
        aria-label={t('quota.label')}
        size="sm"
        w={96}
        style={{ flex: 'none' }}
        visibleFrom="lg"
      />
    </Group>
  )
}
