import { z } from 'zod'

/** One entry of an extract link: an entry node; each port leads to a different exit IP. */
export interface ExtractedProxy {
  host: string
  port: number
}

export const extractSession = z.enum(['sticky', 'rotating'], { error: 'validation:extract.session' })
export type ExtractSession = z.infer<typeof extractSession>

/** The simulator's ceiling, and far above what a scraper asks for at once; Thordata documents none. */
export const MAX_EXTRACT_COUNT = 500

const count = z
  .number({ error: 'validation:extract.countRequired' })
  .int('validation:extract.countWhole')
  .min(1, 'validation:extract.countMin')
  .max(MAX_EXTRACT_COUNT, 'validation:extract.countMax')

const country = z
  .string({ error: 'validation:extract.country' })
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'validation:extract.country')

/** A state or city as the location lists name it: a lower-case slug such as "texas" or "new_york". */
const placeSlug = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, message)

/** What the SDKs' `protocol` accepts (reference §8.4). */
export const extractProtocols = ['http', 'https', 'socks5', 'socks5h'] as const
/** The SDKs' `return_type`: an `IP:port` text list, or JSON `{code, data: [{ip, port}]}`. */
export const extractReturnTypes = ['txt', 'json'] as const
/** The SDKs' `sep` between the entries of a text list, by name; the SDK default is CRLF. */
export const extractSeparators = {
  crlf: '\r\n',
  lf: '\n',
  comma: ',',
  semicolon: ';',
  space: ' ',
  pipe: '|',
} as const
export type ExtractSeparator = keyof typeof extractSeparators

/**
 * Parameters the Thordata SDKs send that the official docs do not list (reference §8.4). Sent only when the
 * user turns on "Advanced" and sets one; each is unverified against the real service.
 */
export const extractAdvanced = z
  .object({
    protocol: z.enum(extractProtocols, { error: 'validation:extract.protocol' }).optional(),
    returnType: z.enum(extractReturnTypes, { error: 'validation:extract.returnType' }).optional(),
    separator: z
      .enum(Object.keys(extractSeparators) as [ExtractSeparator, ...ExtractSeparator[]], {
        error: 'validation:extract.separator',
      })
      .optional(),
    state: placeSlug('validation:extract.state').optional(),
    city: placeSlug('validation:extract.city').optional(),
  })
  .strict()
export type ExtractAdvanced = z.infer<typeof extractAdvanced>

const server = z
  .string({ error: 'validation:extract.serverId' })
  .trim()
  .regex(/^[A-Za-z0-9_-]+$/, 'validation:extract.serverId')

/**
 * The documented parameters of the two extract links (reference §8.1, §8.2), and the SDK-only ones under
 * `advanced`. Residential needs a country; unlimited needs its server and may narrow by country.
 */
export const extractInput = z
  .discriminatedUnion('product', [
    z.object({
      product: z.literal('residential'),
      session: extractSession,
      count,
      country,
      advanced: extractAdvanced.optional(),
    }),
    z.object({
      product: z.literal('unlimited'),
      session: extractSession,
      count,
      server,
      country: country.optional(),
      advanced: extractAdvanced.optional(),
    }),
  ])
  .superRefine((input, ctx) => {
    const extra = input.advanced
    if (!extra) return
    if ((extra.state || extra.city) && !input.country) {
      const field = extra.state ? 'state' : 'city'
      ctx.addIssue({ code: 'custom', path: ['advanced', field], message: 'validation:extract.placeNeedsCountry' })
    }
    if (extra.separator && extra.returnType === 'json') {
      ctx.addIssue({ code: 'custom', path: ['advanced', 'separator'], message: 'validation:extract.separatorText' })
    }
  })
export type ExtractInput = z.infer<typeof extractInput>
export type ExtractProduct = ExtractInput['product']

/** The answers of an extract link that say why it gave no list (reference §8.3). */
export const extractRefusalCodes = [111, 114, 117, 118, 121] as const
export type ExtractRefusalCode = (typeof extractRefusalCodes)[number]

/** How long Thordata asks to wait after a 111 (reference §8.3). */
export const EXTRACT_RETRY_MS = 2000

/**
 * What testing a link found: the list, or the link's own refusal in words. A refusal is the link's answer (each has
 * its own way out on screen), not a failure of the call; an unreachable host or a broken reply is an AppError.
 */
export type ExtractTestResult =
  | { outcome: 'ok'; proxies: ExtractedProxy[] }
  | {
      outcome: 'refused'
      code: ExtractRefusalCode
      message: string
      /** 117: the address Thordata saw, to whitelist; null when its reply did not say. */
      ip: string | null
    }

/** Where the window's preview builds links for: the extract host and the account name in use. */
export interface ExtractTarget {
  baseUrl: string
  accountName: string
}

/** The id an unlimited server goes by in the extract link's `servers`: the first label of its host name. */
export const serverLinkId = (planName: string): string => planName.trim().split('.')[0]
