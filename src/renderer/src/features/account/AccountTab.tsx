import { Button, Stack, Text } from '@mantine/core'
import { formatClock, todayIso } from '@renderer/lib/format'
import { PageHeader } from '@renderer/ui/PageHeader'
import { IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { BalanceCards } from './BalanceCards'
import { useLowBalanceGb, useTrafficBalance, useUsage, useWalletBalance } from './queries'
import { type DateRange, DEFAULT_RANGE_DAYS, lastDays } from './range'
import { UsageSection } from './UsageSection'

/** Traffic, expiry, wallet and daily usage of the signed-in account. */
export default function AccountTab() {
  const [range, setRange] = useState<DateRange>(() => lastDays(DEFAULT_RANGE_DAYS, todayIso()))
  const traffic = useTrafficBalance()
  const wallet = useWalletBalance()
  const usage = useUsage(range)
  const lowBalanceGb = useLowBalanceGb()

  const queries = [traffic, wallet, usage]
  const fetching = queries.some((query) => query.isFetching)
  const updatedAt = Math.max(0, ...queries.map((query) => query.dataUpdatedAt))

  const refresh = () => {
    for (const query of queries) void query.refetch()
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Account"
        description="Your traffic balance, wallet and recent usage"
        actions={
          <>
            <Text size="sm" c="dimmed" aria-live="polite" miw={96} ta="right">
              {updatedAt ? `Updated ${formatClock(updatedAt)}` : ''}
            </Text>
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={refresh}
              loading={fetching}
              loaderProps={{ type: 'dots' }}
            >
              Refresh
            </Button>
          </>
        }
      />
      <BalanceCards traffic={traffic} wallet={wallet} lowBalanceGb={lowBalanceGb} />
      <UsageSection range={range} onRangeChange={setRange} usage={usage} />
    </Stack>
  )
}
