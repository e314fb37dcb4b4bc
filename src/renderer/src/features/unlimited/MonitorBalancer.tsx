import { Box, Stack, Text } from '@mantine/core'
import { QueryView } from '@renderer/ui/QueryView'
import type { BalancerMonitor, ServerMonitorInput } from '@shared/domain/unlimited'
import { useTranslation } from 'react-i18next'
import { balancerCharts, hasUnknownSeries, isEmptyBalancer, knownBalancerSeries } from './balancer-model'
import { MetricChart, MonitorChartsSkeleton, useTimeLabeller } from './MonitorCharts'
import type { MonitorWindow } from './monitor-model'
import { useBalancerMonitor } from './queries'

interface MonitorBalancerProps {
  input: ServerMonitorInput
  span: MonitorWindow
  serverName: string
}

/** The load-balancing machine in front of the server (reference §7.6): every series Thordata sends, one chart each. */
export function MonitorBalancer({ input, span, serverName }: MonitorBalancerProps) {
  const { t } = useTranslation('unlimited')
  const monitor = useBalancerMonitor(input)
  return (
    <Box style={{ opacity: monitor.isPlaceholderData ? 0.55 : 1, transition: 'opacity 150ms' }}>
      <QueryView
        query={monitor}
        skeleton={<MonitorChartsSkeleton count={Object.keys(knownBalancerSeries).length} />}
        isEmpty={isEmptyBalancer}
        empty={
          <Text c="dimmed" ta="center" py="xl">
            {t('balancer.none')}
          </Text>
        }
      >
        {(data) => <BalancerCharts monitor={data} span={span} serverName={serverName} />}
      </QueryView>
    </Box>
  )
}

function BalancerCharts({
  monitor,
  span,
  serverName,
}: { monitor: BalancerMonitor } & Omit<MonitorBalancerProps, 'input'>) {
  const { t } = useTranslation('unlimited')
  const label = useTimeLabeller(span)
  return (
    <Stack gap="lg">
      {hasUnknownSeries(monitor) ? (
        <Text size="xs" c="dimmed">
          {t('balancer.unknownNote')}
        </Text>
      ) : null}
      {balancerCharts(monitor).map((chart) => (
        <MetricChart
          key={chart.name}
          name={chart.known ? t(`balancer.metrics.${chart.known}`) : chart.name}
          unitWord={chart.unit ? t(`monitor.units.${chart.unit}`) : null}
          digits={chart.digits}
          series={chart.points}
          label={label}
          serverName={serverName}
          color={chart.color}
        />
      ))}
    </Stack>
  )
}
