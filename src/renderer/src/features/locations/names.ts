import type { Country } from '@shared/domain/locations'

const displayNames = new Map<string, Intl.DisplayNames | null>()

function regionNames(locale: string): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
    } catch {
      // An engine without region names: Thordata's English names stay.
    }
    displayNames.set(locale, names)
  }
  return displayNames.get(locale) ?? null
}

/**
 * A country's name in the UI language: the engine's name for its ISO code where it has one (cheap, no catalog to
 * ship), else Thordata's name. English keeps Thordata's own spelling, which is what its docs and API use.
 */
export function countryName(country: Country, locale: string): string {
  if (locale.toLowerCase().startsWith('en') || !/^[A-Za-z]{2}$/.test(country.code)) return country.name
  try {
    return regionNames(locale)?.of(country.code.toUpperCase()) ?? country.name
  } catch {
    return country.name
  }
}
