/**
 * The shape every translation must have: the English catalog's keys, each a string. Used with `satisfies` so a
 * missing or extra key in another language is a compile error (and src/shared/i18n/catalog.test.ts checks the
 * placeholders match too).
 */
export type CatalogShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> }
