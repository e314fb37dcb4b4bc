/** The languages the app speaks. English is complete by definition; every other catalog must match its keys. */
export const languages = ['en', 'zh-CN'] as const
export type Language = (typeof languages)[number]

/**
 * What the user chose in Settings: follow the operating system, or one language. A plain list (the settings schema
 * validates it), so the renderer's entry, which needs the languages, does not load zod.
 */
export const languagePreferences = ['system', ...languages] as const
export type LanguagePreference = (typeof languagePreferences)[number]

/** Each language's own name, as shown in the language switch (never translated). */
export const languageNames: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' }

/**
 * The language to use: the user's choice, or the first of the system's preferred locales the app speaks
 * (any Chinese locale reads Simplified Chinese, the only Chinese catalog), else English.
 */
export function resolveLanguage(preference: LanguagePreference, systemLocales: readonly string[]): Language {
  if (preference !== 'system') return preference
  for (const locale of systemLocales) {
    const tag = locale.toLowerCase()
    if (tag.startsWith('zh')) return 'zh-CN'
    if (tag.startsWith('en')) return 'en'
  }
  return 'en'
}

/** The locale tag for Intl and dayjs formatting in a language. */
export const formattingLocale: Record<Language, string> = { en: 'en-US', 'zh-CN': 'zh-CN' }
