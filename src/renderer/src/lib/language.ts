import { type Language, languages, resolveLanguage } from '@shared/i18n/languages'

/**
 * Which language the window opens in, without loading i18next: lib/early-start.ts needs it for the launch screen
 * and lib/i18n.ts for the translator. The last language used is remembered locally (it is not a secret), so the
 * window opens in it without waiting for main.
 */
export const LAST_LANGUAGE_KEY = 'thordata-language'

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language)

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

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LAST_LANGUAGE_KEY, language)
  } catch {
    // Private mode or a full disk: the language is still applied, just not remembered.
  }
}
