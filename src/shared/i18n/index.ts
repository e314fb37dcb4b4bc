import { createInstance, type i18n } from 'i18next'
import type { Catalog } from './en'
import type { Language } from './languages'

export type { Catalog } from './en'
export * from './languages'

/**
 * An i18next instance over the given catalogs, ready at once (no async backend): main and the renderer each make
 * one. Keys are `namespace:path.to.key`; placeholders are `{{name}}`.
 */
export function createTranslator(language: Language, resources: Partial<Record<Language, Catalog>>): i18n {
  const instance = createInstance()
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    defaultNS: 'common',
    ns: Object.keys(resources.en ?? {}),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
