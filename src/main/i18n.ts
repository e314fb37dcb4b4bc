import { createTranslator, type Language, type LanguagePreference, resolveLanguage } from '@shared/i18n'
import { en } from '@shared/i18n/en'
import { translateMessage } from '@shared/i18n/issue'
import { zhCN } from '@shared/i18n/zh-CN'

/**
 * Main's translator: errors, the tray and notifications speak the same catalog as the window. The language
 * follows the setting (or the system), and changes for every message made after a change.
 */
const translator = createTranslator('en', { en, 'zh-CN': zhCN })

export const t: typeof translator.t = translator.t.bind(translator)

export function setMainLanguage(preference: LanguagePreference, systemLocales: readonly string[]): Language {
  const language = resolveLanguage(preference, systemLocales)
  if (translator.language !== language) void translator.changeLanguage(language)
  return language
}

export function mainLanguage(): Language {
  return translator.language === 'zh-CN' ? 'zh-CN' : 'en'
}

/** A schema issue's message (a `validation:…` key) in main's current language; other text passes through. */
export function translateIssue(message: string): string {
  return translateMessage(translator, message)
}
