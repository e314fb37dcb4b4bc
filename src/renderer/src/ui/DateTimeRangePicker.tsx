import '@mantine/dates/styles.css'
import { type DatesRangeValue, DateTimePicker } from '@mantine/dates'
import { type DateTimeLimits, type DateTimeRange, dateTimeRangeProblem } from '@renderer/lib/date-limits'
import { IconClock } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DatesLocale, useCalendarLabels, useDateFormat } from './DatesLocale'

export interface DateTimeRangePickerProps {
  /** yyyy-mm-dd hh:mm:ss at both ends. */
  value: DateTimeRange
  onChange: (range: DateTimeRange) => void
  /** The API's limits: the longest span, and the earliest and latest moments it accepts. */
  limits?: DateTimeLimits
  label?: string
  'aria-label'?: string
  w?: number | string
}

/**
 * A range of moments within the API's limits. A range that is backwards or too long is not sent up; the field
 * says why instead.
 */
export function DateTimeRangePicker({
  value,
  onChange,
  limits = {},
  label,
  w = 360,
  ...rest
}: DateTimeRangePickerProps) {
  const { t } = useTranslation()
  const format = useDateFormat(true)
  const ariaLabels = useCalendarLabels()
  const [draft, setDraft] = useState<DatesRangeValue<string>>([value.from, value.to])
  const [complete, setComplete] = useState(true)
  const problem = draft[0] && draft[1] ? dateTimeRangeProblem({ from: draft[0], to: draft[1] }, limits) : null
  const error =
    problem?.kind === 'endBeforeStart'
      ? t('dates.endBeforeStart')
      : problem?.kind === 'tooLong'
        ? t('dates.tooLong', { count: problem.maxSpanDays })
        : undefined

  return (
    <DatesLocale>
      <DateTimePicker
        type="range"
        label={label}
        aria-label={rest['aria-label']}
        w={w}
        value={draft}
        onChange={(next) => {
          setDraft(next)
          setComplete(Boolean(next[0] && next[1]))
          if (next[0] && next[1] && !dateTimeRangeProblem({ from: next[0], to: next[1] }, limits)) {
            onChange({ from: next[0], to: next[1] })
          }
        }}
        onDropdownClose={() => {
          if (!complete) setDraft([value.from, value.to])
        }}
        minDate={limits.min ? dayjs(limits.min).format('YYYY-MM-DD HH:mm:ss') : undefined}
        maxDate={limits.max ? dayjs(limits.max).format('YYYY-MM-DD HH:mm:ss') : undefined}
        valueFormat={format}
        ariaLabels={ariaLabels}
        error={error}
        leftSection={<IconClock size={16} aria-hidden="true" />}
        leftSectionPointerEvents="none"
      />
    </DatesLocale>
  )
}
