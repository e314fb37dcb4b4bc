import type { Language } from '@shared/i18n'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

const dayjsLocale: Record<Language, string> = { en: 'en', 'zh-CN': 'zh-cn' }

/** Sets dayjs's global locale (month and weekday names in pickers and formats) to the window's language. */
export function setDayjsLocale(language: Language): void {
  dayjs.locale(dayjsLocale[language])
}
