import { lastDays } from '@renderer/lib/date-limits'
import { todayIso } from '@renderer/lib/format'
import { DEFAULT_USAGE_DAYS } from '@renderer/lib/usage'
import { preloadCharts } from '@renderer/ui/charts'
import { PageLayout } from '@renderer/ui/PageLayout'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BalanceCards } from './BalanceCards'
import {
  useForecastUsage,
  useForecastWarningDays,
  useLowBalanceGb,
  useTrafficBalance,
  useUsage,
  useWalletBalance,
} from './queries'
import { UsageSection } from './UsageSection'

// The chart's code loads alongside the usage request, so it is ready when its data is.
preloadCharts()

/** Traffic, expiry, wallet and daily usage of the signed-in account. */
export default function AccountTab() {
  const { t } = useTranslation('account')
  const [range, setRange] = useState(() => lastDays(DEFAULT_USAGE_DAYS, todayIso()))
  const traffic = useTrafficBalance()
  const wallet = useWalletBalance()
  const usage = useUsage(range)
  const lowBalanceGb = useLowBalanceGb()
  const forecastUsage = useForecastUsage()
  const forecastWarningDays = useForecastWarningDays()

  return (
    <PageLayout title={t('page.title')} description={t('page.description')} queries={[traffic, wallet, usage]}>
      <BalanceCards
        traffic={traffic}
        wallet={wallet}
        lowBalanceGb={lowBalanceGb}
        forecast={{ usage: forecastUsage.data, warningDays: forecastWarningDays }}
      />
      <UsageSection range={range} onRangeChange={setRange} usage={usage} />
    </PageLayout>
  )
}
