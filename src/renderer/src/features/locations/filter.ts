/** Anything a location list shows: a name and the code Thordata wants. */
export interface Searchable {
  code: string
  name: string
}

/** A list with its search keys worked out once, so each keystroke only compares strings. */
export interface SearchIndex<T> {
  items: readonly T[]
  names: readonly string[]
  codes: readonly string[]
}

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

/** Lower case without accents: "São Paulo" → "sao paulo", "Łódź" → "lodz". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđðıßæœþ]/g, (letter) => extraFolds[letter])
    .replace(/\s+/g, ' ')
    .trim()
}

export function indexLocations<T extends Searchable>(items: readonly T[]): SearchIndex<T> {
  const names = new Array<string>(items.length)
  const codes = new Array<string>(items.length)
  for (let i = 0; i < items.length; i++) {
    names[i] = foldText(items[i].name)
    codes[i] = foldText(items[i].code)
  }
  return { items, names, codes }
}

/**
 * The items whose name or code contains every word of the query, ignoring case and accents. Exact matches come
 * first, then names or codes that start with the query, then the rest, each group in list order (so "us" puts
 * United States before Australia). An empty query returns the list itself.
 */
export function filterLocations<T>(index: SearchIndex<T>, query: string): readonly T[] {
  const wanted = foldText(query)
  if (!wanted) return index.items
  const terms = wanted.split(' ')
  const { items, names, codes } = index
  const exact: T[] = []
  const prefix: T[] = []
  const rest: T[] = []
  for (let i = 0; i < items.length; i++) {
    const name = names[i]
    const code = codes[i]
    let all = true
    for (const term of terms) {
      if (!name.includes(term) && !code.includes(term)) {
        all = false
        break
      }
    }
    if (!all) continue
    if (name === wanted || code === wanted) exact.push(items[i])
    else if (name.startsWith(wanted) || code.startsWith(wanted)) prefix.push(items[i])
    else rest.push(items[i])
  }
  return exact.concat(prefix, rest)
}
