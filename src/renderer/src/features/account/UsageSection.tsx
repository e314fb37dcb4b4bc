import { Card, Center, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import type { DayRange } from '@renderer/lib/date-limits'
import { formatIn, formatShortDate, todayIso, unitFor } from '@renderer/lib/format'
import { fillDays, summarizeUsage, USAGE_LIMITS, usagePoints } from '@renderer/lib/usage'
import { BarChart } from '@renderer/ui/charts'
import { DateRangePicker } from '@renderer/ui/DateRangePicker'
import { FitNumber } from '@renderer/ui/FitNumber'
import { QueryView } from '@renderer/ui/QueryView'
import type { UsageReport } from '@shared/domain/account'
import { IconChartBar } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './UsageSection.module.css'

const CHART_HEIGHT = 260

interface UsageSectionProps {
  range: DayRange
  onRangeChange: (range: DayRange) => void
  usage: UseQueryResult<UsageReport>
}

export function UsageSection({ range, onRangeChange, usage }: UsageSectionProps) {
  const { t } = useTranslation('account')
  const titleId = useId()
  return (
    <Card component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 260px' }}>
          <Title order={2} fz="lg" id={titleId}>
            {t('usage.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('usage.perDay')}
          </Text>
        </Stack>
        {/* As wide as its dates, on one line in either language; the title wraps first. */}
        <div style={{ flex: 'none' }}>
          <DateRangePicker
            value={range}
            onChange={onRangeChange}
            limits={USAGE_LIMITS}
            aria-label={t('usage.period')}
            w="auto"
          />
        </div>
      </Group>
      <div style={{ opacity: usage.isPlaceholderData ? 0.55 : 1, transition: 'opacity 150ms' }}>
        <QueryView query={usage} skeleton={<UsageSkeleton />}>
          {(report) => <UsageReportView report={report} />}
        </QueryView>
      </div>
    </Card>
  )
}

function UsageReportView({ report }: { report: UsageReport }) {
  const { t } = useTranslation('account')
  const days = useMemo(() => fillDays(report), [report])
  const points = useMemo(() => usagePoints(days, todayIso()), [days])
  const summary = summarizeUsage(report, days)
  // The three figures side by side read as one row: one unit for all of them.
  const unit = unitFor([summary.usedBytes, summary.dailyAverageBytes, summary.busiest?.usedBytes ?? 0])
  return (
    <>
      <div className={classes.figures}>
        <Figure label={t('usage.usedInPeriod')} value={formatIn(summary.usedBytes, unit)} />
        <Figure label={t('usage.dailyAverage')} value={formatIn(summary.dailyAverageBytes, unit)} />
        <Figure
          label={t('usage.busiestDay')}
          value={summary.busiest ? formatIn(summary.busiest.usedBytes, unit) : '—'}
          detail={summary.busiest ? formatShortDate(summary.busiest.date) : undefined}
        />
      </div>
      {summary.busiest ? (
        <BarChart
          points={points}
          kind="bytes"
          seriesLabel={t('usage.used')}
          height={CHART_HEIGHT}
          aria-label={t('usage.chart')}
        />
      ) : (
        <EmptyUsage />
      )}
    </>
  )
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Stack gap={2} pl="md" miw={0} className={classes.figure}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <FitNumber maxSize={22} minSize={15} fw={650}>
        {value}
      </FitNumber>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Stack>
  )
}

function UsageSkeleton() {
  return (
    <>
      <div className={classes.figures}>
        {[0, 1, 2].map((i) => (
          <Stack key={i} gap={6} pl="md" className={classes.figure}>
            <Skeleton h={12} w={90} />
            <Skeleton h={26} w={110} />
          </Stack>
        ))}
      </div>
      <Skeleton h={CHART_HEIGHT} />
    </>
  )
}

function EmptyUsage() {
  const { t } = useTranslation('account')
  return (
    <Center h={CHART_HEIGHT}>
      <Stack align="center" gap="xs" maw={420} ta="center">
        <ThemeIcon size={44} radius="xl" variant="light" color="gray" aria-hidden="true">
          <IconChartBar size={22} />
        </ThemeIcon>
        <Text fw={600}>{t('usage.emptyTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('usage.emptyHint')}
        </Text>
      </Stack>
    </Center>
  )
}
