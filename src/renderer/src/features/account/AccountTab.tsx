import { Stack } from '@mantine/core'
import { todayIso } from '@renderer/lib/format'
import { PageHeader } from '@renderer/ui/PageHeader'
import { RefreshAction } from '@renderer/ui/RefreshAction'
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

  return (
    <Stack gap="lg">
      <PageHeader
        title="Account"
        description="Your traffic balance, wallet and recent usage"
        actions={<RefreshAction queries={[traffic, wallet, usage]} />}
      />
      <BalanceCards traffic={traffic} wallet={wallet} lowBalanceGb={lowBalanceGb} />
      <UsageSection range={range} onRangeChange={setRange} usage={usage} />
    </Stack>
  )
}
