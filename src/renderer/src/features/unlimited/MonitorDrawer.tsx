import { Box, Drawer, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { formatNumber } from '@renderer/lib/format'
import { QueryView } from '@renderer/ui/QueryView'
import {
  type MonitorPeriod,
  monitorPeriods,
  type ServerMonitorInput,
  type UnlimitedServer,
} from '@shared/domain/unlimited'
import { IconInfoCircle } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MonitorBalancer } from './MonitorBalancer'
import { MonitorCharts, MonitorChartsSkeleton } from './MonitorCharts'
import {
  isEmptyMonitor,
  MAX_POINTS,
  type MonitorWindow,
  monitorWindows,
  periodFit,
  periodFor,
  windowRange,
} from './monitor-model'
import { useServerMonitor } from './queries'

interface MonitorDrawerProps {
  /** The server to watch; null keeps the drawer closed. */
  server: UnlimitedServer | null
  /** Changes on every opening, so each opening starts from the default window. */
  viewKey: number
  onClose: () => void
  /** The end of the window; tests pass a fixed time. */
  now?: () => number
}

/**
 * CPU, memory, TCP connections and WAN in/out of one server (reference §7.3), and in a second view the
 * load-balancing machine in front of it (§7.6), both over the same window and period.
 */
export function MonitorDrawer({ server, viewKey, onClose, now = Date.now }: MonitorDrawerProps) {
  const { t } = useTranslation('unlimited')
  // Kept while the drawer closes, so its content does not vanish mid-transition.
  const [shown, setShown] = useState<UnlimitedServer | null>(server)
  if (server && server !== shown) setShown(server)
  return (
    <Drawer
      opened={server !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={650}>{t('monitor.title', { name: shown?.planName ?? '' })}</Text>}
    >
      {shown ? <MonitorView key={viewKey} server={shown} now={now} /> : null}
    </Drawer>
  )
}

const windowKeys = Object.keys(monitorWindows) as MonitorWindow[]
const subjects = ['server', 'balancer'] as const
type Subject = (typeof subjects)[number]

function MonitorView({ server, now }: { server: UnlimitedServer; now: () => number }) {
  const { t } = useTranslation('unlimited')
  const [subject, setSubject] = useState<Subject>('server')
  const [span, setSpan] = useState<MonitorWindow>('day')
  const [period, setPeriod] = useState<MonitorPeriod>(300)
  const [range, setRange] = useState(() => windowRange('day', now()))
  const input: ServerMonitorInput = {
    insId: server.insId,
    // Sent only when the list has one: older docs take none, and a list without it must still allow the monitor.
    ...(server.region ? { region: server.region } : {}),
    ...range,
    period,
  }

  const chooseWindow = (next: MonitorWindow) => {
    setSpan(next)
    setPeriod((current) => periodFor(next, current))
    setRange(windowRange(next, now()))
  }
  const periodOptions = useMemo(
    () =>
      monitorPeriods.map((p) => {
        return { value: String(p), label: t(`monitor.periods.${p}`), disabled: periodFit(span, p) !== 'ok' }
      }),
    [t, span],
  )

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`subject-${server.insId}`}>
            {t('balancer.subject')}
          </Text>
          <SegmentedControl
            aria-labelledby={`subject-${server.insId}`}
            value={subject}
            onChange={(next) => setSubject(next as Subject)}
            data={subjects.map((value) => ({ value, label: t(`balancer.subjects.${value}`) }))}
          />
        </Stack>
        <Select
          label={t('monitor.window')}
          value={span}
          onChange={(next) => next && chooseWindow(next as MonitorWindow)}
          data={windowKeys.map((key) => ({ value: key, label: t(`monitor.windows.${key}`) }))}
          allowDeselect={false}
          w={180}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`period-${server.insId}`}>
            {t('monitor.period')}
          </Text>
          <SegmentedControl
            aria-labelledby={`period-${server.insId}`}
            value={String(period)}
            onChange={(next) => setPeriod(Number(next) as MonitorPeriod)}
            data={periodOptions}
          />
        </Stack>
      </Group>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconInfoCircle size={16} aria-hidden="true" style={{ flex: 'none', marginTop: 2 }} />
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {subject === 'server' ? t('monitor.unitsNote') : t('balancer.unitsNote')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('monitor.periodsOffered', { max: formatNumber(MAX_POINTS) })}
          </Text>
          {server.region ? null : (
            <Text size="xs" c="dimmed">
              {t('monitor.noRegion')}
            </Text>
          )}
        </Stack>
      </Group>
      {subject === 'server' ? (
        <ServerCharts input={input} span={span} serverName={server.planName} />
      ) : (
        <MonitorBalancer input={input} span={span} serverName={server.planName} />
      )}
    </Stack>
  )
}

function ServerCharts({
  input,
  span,
  serverName,
}: {
  input: ServerMonitorInput
  span: MonitorWindow
  serverName: string
}) {
  const { t } = useTranslation('unlimited')
  const monitor = useServerMonitor(input)
  return (
    <Box style={{ opacity: monitor.isPlaceholderData ? 0.55 : 1, transition: 'opacity 150ms' }}>
      <QueryView
        query={monitor}
        skeleton={<MonitorChartsSkeleton />}
        isEmpty={isEmptyMonitor}
        empty={
          <Text c="dimmed" ta="center" py="xl">
            {t('monitor.none')}
          </Text>
        }
      >
        {(data) => <MonitorCharts monitor={data} span={span} serverName={serverName} />}
      </QueryView>
    </Box>
  )
}
