import {
  type Catalog,
  createTranslator,
  formattingLocale,
  type Language,
  languages,
  resolveLanguage,
} from '@shared/i18n'
import { en } from '@shared/i18n/en'

/**
 * The renderer's translator. English ships in the entry bundle; another language's catalog is loaded on demand,
 * before the first paint when it is the one in use. The last language used is remembered locally (it is not a
 * secret), so the window opens in it without waiting for main.
 */
const LAST_LANGUAGE_KEY = 'thordata-language'

const isLanguage = (value: unknown): value is Language => languages.includes(value as Language)

function rememberedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(LAST_LANGUAGE_KEY)
    return isLanguage(value) ? value : null
  } catch {
    return null
  }
}

/** The language to open in: the one used last time, else the system's. */
export function initialLanguage(): Language {
  return rememberedLanguage() ?? resolveLanguage('system', navigator.languages ?? [navigator.language])
}

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
  try {
    window.localStorage.setItem(LAST_LANGUAGE_KEY, language)
  } catch {
    // Private mode or a full disk: the language is still applied, just not remembered.
  }
}

/** The locale for Intl number and date formatting in the current language. */
export function currentLocale(): string {
  return formattingLocale[isLanguage(i18n.language) ? i18n.language : 'en']
}
