import '@mantine/dates/styles.css'
import { VisuallyHidden } from '@mantine/core'
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates'
import { type DayLimits, type DayRange, presetsWithin, selectableDays } from '@renderer/lib/date-limits'
import { todayIso } from '@renderer/lib/format'
import { IconCalendar } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DatesLocale, useCalendarLabels, useDateFormat } from './DatesLocale'

export interface DateRangePickerProps {
  value: DayRange
  onChange: (range: DayRange) => void
  /** The API's limits; `maxDate` defaults to today (no future days). */
  limits?: DayLimits
  /** "Last N days" presets, dropped when longer than `limits.maxSpanDays`. */
  presets?: readonly number[]
  label?: string
  'aria-label'?: string
  w?: number | string
  /** For tests: the day taken as today. */
  today?: string
}

/**
 * A range of days within the API's limits. Only a complete range goes up; a half-picked one stays here and is
 * dropped if the picker closes.
 */
export function DateRangePicker({
  value,
  onChange,
  limits = {},
  presets = [7, 30, 90, 180],
  label,
  w = 280,
  today = todayIso(),
  ...rest
}: DateRangePickerProps) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const ariaLabels = useCalendarLabels()
  const [draft, setDraft] = useState<DatesRangeValue<string>>([value.from, value.to])
  const bounded = { ...limits, maxDate: limits.maxDate ?? today }
  const pickedStart = draft[0] && !draft[1] ? draft[0] : null
  const { minDate, maxDate } = selectableDays(pickedStart, bounded)
  const inputId = useId()
  const nameId = useId()
  // Without a visible label, the name is the hidden label followed by the dates shown ("Usage period Nov 2 – Dec 1"):
  // an aria-label alone would hide the visible dates from the name (axe: label-content-name-mismatch).
  const hiddenName = label ? undefined : rest['aria-label']

  return (
    <DatesLocale>
      {hiddenName ? <VisuallyHidden id={nameId}>{hiddenName}</VisuallyHidden> : null}
      <DatePickerInput
        type="range"
        id={inputId}
        label={label}
        aria-labelledby={hiddenName ? `${nameId} ${inputId}` : undefined}
        w={w}
        value={draft}
        onChange={(next) => {
          setDraft(next)
          if (next[0] && next[1]) onChange({ from: next[0], to: next[1] })
        }}
        onDropdownClose={() => {
          if (!draft[0] || !draft[1]) setDraft([value.from, value.to])
        }}
        minDate={minDate}
        maxDate={maxDate}
        presets={presetsWithin(presets, today, bounded).map(({ days, range }) => ({
          value: [range.from, range.to] as [string, string],
          label: t('dates.lastDays', { count: days }),
        }))}
        valueFormat={format}
        ariaLabels={ariaLabels}
        leftSection={<IconCalendar size={16} aria-hidden="true" />}
        leftSectionPointerEvents="none"
        numberOfColumns={2}
        allowSingleDateInRange
      />
    </DatesLocale>
  )
}
