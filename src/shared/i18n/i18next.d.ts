import 'i18next'
import type { Catalog } from './en'

/** Typed keys: `t('account:balance.title')` is checked against the English catalog at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: Catalog
  }
}
