import { describe, expect, it } from 'vitest'
import { type ExtractInput, extractInput, extractProtocols, extractSeparators } from './domain/extract'
import { buildExtractUrl } from './extract-url'

const base = 'https://get-ip.thordata.net'
const build = (input: unknown) => buildExtractUrl(base, 'acme', extractInput.parse(input) as ExtractInput)
const query = (url: string) => Object.fromEntries(new URL(url).searchParams)

/** The first problem the schema finds: where, and which message (a catalog key). */
function refusal(input: unknown) {
  const parsed = extractInput.safeParse(input)
  if (parsed.success) return null
  const [issue] = parsed.error.issues
  return { path: issue.path.join('.'), message: issue.message }
}

describe('the extract link builder (reference §8)', () => {
  const sessions = [
    ['sticky', '1'],
    ['rotating', '2'],
  ] as const

  it.each(sessions)(
    'residential, %s: td-customer, sesstype, number and country, in the documented order',
    (session, sesstype) => {
      const url = build({ product: 'residential', session, count: 15, country: 'US' })
      expect(url).toBe(`${base}/api?td-customer=acme&sesstype=${sesstype}&number=15&country=us`)
    },
  )

  it.each(sessions)('unlimited, %s: with the server, with or without a country', (session, sesstype) => {
    expect(build({ product: 'unlimited', session, count: 3, server: 'ntqx59qg' })).toBe(
      `${base}/unlimited_api?td-customer=acme&sesstype=${sesstype}&number=3&servers=ntqx59qg`,
    )
    expect(build({ product: 'unlimited', session, count: 3, server: 'ntqx59qg', country: 'de' })).toBe(
      `${base}/unlimited_api?td-customer=acme&sesstype=${sesstype}&number=3&country=de&servers=ntqx59qg`,
    )
  })

  it('takes the host with or without a trailing slash, and trims what was typed', () => {
    const input = extractInput.parse({ product: 'residential', session: 'sticky', count: 1, country: ' gb ' })
    expect(buildExtractUrl(`${base}/`, ' acme ', input)).toBe(
      `${base}/api?td-customer=acme&sesstype=1&number=1&country=gb`,
    )
  })

  it('sends no SDK extra unless one is set; each one set is sent under the SDK name', () => {
    const plain = build({ product: 'residential', session: 'sticky', count: 2, country: 'us', advanced: {} })
    expect(Object.keys(query(plain))).toEqual(['td-customer', 'sesstype', 'number', 'country'])
    for (const protocol of extractProtocols) {
      const url = build({ product: 'residential', session: 'sticky', count: 2, country: 'us', advanced: { protocol } })
      expect(query(url).protocol).toBe(protocol)
    }
    for (const [name, sep] of Object.entries(extractSeparators)) {
      const url = build({
        product: 'unlimited',
        session: 'rotating',
        count: 2,
        server: 'abc',
        advanced: { separator: name, returnType: 'txt' },
      })
      expect(query(url)).toMatchObject({ sep, return_type: 'txt' })
    }
    const placed = build({
      product: 'residential',
      session: 'rotating',
      count: 5,
      country: 'us',
      advanced: { state: 'Texas', city: 'austin', returnType: 'json' },
    })
    expect(placed).toBe(
      `${base}/api?td-customer=acme&sesstype=2&number=5&country=us&state=texas&city=austin&return_type=json`,
    )
  })

  it.each([
    [{ product: 'residential', session: 'sticky', count: 5 }, 'country', 'validation:extract.country'],
    [{ product: 'residential', session: 'sticky', count: 5, country: 'usa' }, 'country', 'validation:extract.country'],
    [{ product: 'residential', session: 'hourly', count: 5, country: 'us' }, 'session', 'validation:extract.session'],
    [{ product: 'residential', session: 'sticky', count: 0, country: 'us' }, 'count', 'validation:extract.countMin'],
    [
      { product: 'residential', session: 'sticky', count: 2.5, country: 'us' },
      'count',
      'validation:extract.countWhole',
    ],
    [{ product: 'residential', session: 'sticky', count: 501, country: 'us' }, 'count', 'validation:extract.countMax'],
    [{ product: 'residential', session: 'sticky', country: 'us' }, 'count', 'validation:extract.countRequired'],
    [{ product: 'unlimited', session: 'sticky', count: 5 }, 'server', 'validation:extract.serverId'],
    [{ product: 'unlimited', session: 'sticky', count: 5, server: 'a b' }, 'server', 'validation:extract.serverId'],
    [
      { product: 'unlimited', session: 'sticky', count: 5, server: 'abc', advanced: { state: 'texas' } },
      'advanced.state',
      'validation:extract.placeNeedsCountry',
    ],
    [
      { product: 'unlimited', session: 'sticky', count: 5, server: 'abc', advanced: { city: 'austin' } },
      'advanced.city',
      'validation:extract.placeNeedsCountry',
    ],
    [
      {
        product: 'residential',
        session: 'sticky',
        count: 5,
        country: 'us',
        advanced: { separator: 'comma', returnType: 'json' },
      },
      'advanced.separator',
      'validation:extract.separatorText',
    ],
    [
      { product: 'residential', session: 'sticky', count: 5, country: 'us', advanced: { protocol: 'ftp' } },
      'advanced.protocol',
      'validation:extract.protocol',
    ],
    [
      { product: 'residential', session: 'sticky', count: 5, country: 'us', advanced: { separator: '\n' } },
      'advanced.separator',
      'validation:extract.separator',
    ],
    [
      { product: 'residential', session: 'sticky', count: 5, country: 'us', advanced: { state: 'new york&x=1' } },
      'advanced.state',
      'validation:extract.state',
    ],
    [
      { product: 'residential', session: 'sticky', count: 5, country: 'us', advanced: { sessid: 'x' } },
      'advanced',
      'Unrecognized key: "sessid"',
    ],
  ])('refuses %j on %s', (input, path, message) => {
    expect(refusal(input)).toEqual({ path, message })
  })

  it('refuses a product without an extract link', () => {
    expect(refusal({ product: 'mobile', session: 'sticky', count: 5, country: 'us' })?.path).toBe('product')
  })
})
