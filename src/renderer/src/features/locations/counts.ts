export interface Noun {
  one: string
  other: string
}

const number = new Intl.NumberFormat('en-US')

/** "1 city", "1,234 cities". */
export function countOf(count: number, noun: Noun): string {
  return `${number.format(count)} ${count === 1 ? noun.one : noun.other}`
}

/** "1,234 cities" without a search; "12 of 1,234 match" with one. */
export function describeCount(shown: number, total: number, noun: Noun, searching: boolean): string {
  return searching ? `${number.format(shown)} of ${number.format(total)} match` : countOf(total, noun)
}
