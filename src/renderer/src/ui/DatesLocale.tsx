import { DatesProvider } from '@mantine/dates'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Month and weekday names, first day of the week and the input's date format follow the window's language. */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const chinese = i18n.language === 'zh-CN'
  // switchLanguage sets dayjs's global locale before this re-renders; ask dayjs rather than keep a second table.
  return (
    <DatesProvider settings={{ locale: dayjs.locale(), firstDayOfWeek: chinese ? 1 : 0 }}>{children}</DatesProvider>
  )
}

/** The picker input's date format (dayjs tokens) in the current language. */
export function useDateFormat(withTime = false): string {
  const { i18n } = useTranslation()
  const chinese = i18n.language === 'zh-CN'
  const date = chinese ? 'YYYY年M月D日' : 'MMM D, YYYY'
  return withTime ? `${date} HH:mm` : date
}

/** Names for the calendar's month/year controls (unnamed otherwise). */
export function useCalendarLabels() {
  const { t } = useTranslation()
  return {
    nextMonth: t('dates.nextMonth'),
    previousMonth: t('dates.previousMonth'),
    nextYear: t('dates.nextYear'),
    previousYear: t('dates.previousYear'),
    nextDecade: t('dates.nextDecade'),
    previousDecade: t('dates.previousDecade'),
    monthLevelControl: t('dates.chooseMonth'),
    yearLevelControl: t('dates.chooseYear'),
  }
}
