import '@mantine/dates/styles.css'
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates'
import { todayIso } from '@renderer/lib/format'
import { IconCalendar } from '@tabler/icons-react'
import { useState } from 'react'
import { type DateRange, lastDays, selectableDays } from './range'

type Draft = DatesRangeValue<string>

interface UsageRangePickerProps {
  value: DateRange
  onChange: (range: DateRange) => void
}

/** A complete, valid range goes up; a half-picked one stays here and is dropped if the picker closes. */
export function UsageRangePicker({ value, onChange }: UsageRangePickerProps) {
  const [draft, setDraft] = useState<Draft>([value.from, value.to])
  const today = todayIso()
  const pickedStart = draft[0] && !draft[1] ? draft[0] : null
  const { minDate, maxDate } = selectableDays(pickedStart, today)
  const presets = [7, 30, 90, 180].map((days) => {
    const range = lastDays(days, today)
    return { value: [range.from, range.to] as [string, string], label: `Last ${days} days` }
  })

  return (
    <DatePickerInput
      type="range"
      aria-label="Usage period"
      w={280}
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
      presets={presets}
      valueFormat="MMM D, YYYY"
      leftSection={<IconCalendar size={16} aria-hidden="true" />}
      leftSectionPointerEvents="none"
      numberOfColumns={2}
      allowSingleDateInRange
    />
  )
}
