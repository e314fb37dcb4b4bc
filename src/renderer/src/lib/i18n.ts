import { type Catalog, createTranslator, formattingLocale, type Language } from '@shared/i18n'
import { en } from '@shared/i18n/en'
import { isLanguage, rememberLanguage } from './language'

/**
 * The renderer's translator. English ships in the entry bundle; another language's catalog is loaded on demand,
 * before the first paint when it is the one in use (lib/language.ts says which).
 */
export { initialLanguage } from './language'

export const i18n = createTranslator('en', { en })

const catalogs: Record<Exclude<Language, 'en'>, () => Promise<Catalog>> = {
  'zh-CN': () => import('@shared/i18n/zh-CN').then((m) => m.zhCN),
}

/**
 * dayjs (and its Chinese locale) stays out of the entry bundle: its default locale is English, so it is loaded with
 * another language's catalog, and set back when dayjs is already there.
 */
let dayjsLocale: Promise<typeof import('./dayjs-locale')> | null = null
const loadDayjsLocale = () => {
  dayjsLocale ??= import('./dayjs-locale')
  return dayjsLocale
}

/** Switches the whole window to `language`, loading its catalog first if needed. */
export async function switchLanguage(language: Language): Promise<void> {
  const datesLoading = language === 'en' ? dayjsLocale : loadDayjsLocale()
  if (language !== 'en' && !i18n.hasResourceBundle(language, 'common')) {
    const catalog = await catalogs[language]()
    for (const [namespace, messages] of Object.entries(catalog)) {
      i18n.addResourceBundle(language, namespace, messages, true, true)
    }
  }
  await i18n.changeLanguage(language)
  const dates = await datesLoading
  dates?.setDayjsLocale(language)
  document.documentElement.lang = language
  rememberLanguage(language)
}

/** The locale for Intl number and date formatting in the current language. */
export function currentLocale(): string {
  return formattingLocale[isLanguage(i18n.language) ? i18n.language : 'en']
}
