/**
 * The one search behaviour of the app: case-insensitive, accent-folding ("sao" finds "São Paulo"), every word of
 * the query must appear in one of a row's fields. Keys are folded once per list, so a keystroke only compares
 * strings (50,000 cities filter within a frame).
 */

// Letters that carry no combining mark under NFKD, so stripping marks alone would not fold them.
const extraFolds: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
}

/** Lower case without accents, spaces collapsed: "São  Paulo" → "sao paulo", "Łódź" → "lodz". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđðıßæœþ]/g, (letter) => extraFolds[letter])
    .replace(/\s+/g, ' ')
    .trim()
}

/** A list with its folded search fields worked out once. */
export interface SearchIndex<T> {
  items: readonly T[]
  /** fields[i] holds item i's folded fields. */
  fields: readonly (readonly string[])[]
}

export function buildSearchIndex<T>(items: readonly T[], fieldsOf: (item: T) => readonly string[]): SearchIndex<T> {
  const fields = new Array<string[]>(items.length)
  for (let i = 0; i < items.length; i++) fields[i] = fieldsOf(items[i]).map(foldText)
  return { items, fields }
}

export interface SearchOptions {
  /**
   * Exact matches of a field first, then fields starting with the query, then the rest, each group in list order
   * (so "us" puts United States before Australia). Off: list order kept (a sorted table stays sorted).
   */
  rank?: boolean
}

/** The items where every word of `query` appears in some field. An empty query returns the list itself. */
export function searchIndex<T>(
  index: SearchIndex<T>,
  query: string,
  { rank = false }: SearchOptions = {},
): readonly T[] {
  const wanted = foldText(query)
  if (!wanted) return index.items
  const terms = wanted.split(' ')
  const { items, fields } = index
  const exact: T[] = []
  const prefix: T[] = []
  const rest: T[] = []
  for (let i = 0; i < items.length; i++) {
    const own = fields[i]
    let all = true
    for (const term of terms) {
      let found = false
      for (const field of own) {
        if (field.includes(term)) {
          found = true
          break
        }
      }
      if (!found) {
        all = false
        break
      }
    }
    if (!all) continue
    if (!rank) rest.push(items[i])
    else if (own.some((field) => field === wanted)) exact.push(items[i])
    else if (own.some((field) => field.startsWith(wanted))) prefix.push(items[i])
    else rest.push(items[i])
  }
  return rank ? exact.concat(prefix, rest) : rest
}
