import { z } from 'zod'
import { type ProductIn, productsIn } from '../products'
import { proxyUsername } from './proxy-users'

/**
 * User:pass proxy endpoints (field notes §1.1; Thordata's Python, Go and JS SDKs and sdk-spec `proxy.yaml`): a
 * gateway host and port per product, and a username `td-customer-<user>` followed by targeting segments in a fixed
 * order — continent, country, state, city, asn, sessid, sesstime — joined with `-`. Because `-` separates the
 * segments, no value may contain one.
 */

/**
 * The products whose proxy users sign in to a shared gateway. ISP and datacenter proxies are dedicated addresses
 * with their own credentials (the Static proxies list); unlimited plans go through their own servers.
 */
export const gateways = {
  residential: {
    port: 9999,
    hosts: ['pr.thordata.net', 't.na.thordata.net', 't.eu.thordata.net'],
  },
  mobile: { port: 5555, hosts: ['m.pr.thordata.net'] },
} as const satisfies Partial<Record<ProductIn<'proxyUsers'>, { port: number; hosts: readonly [string, ...string[]] }>>

export type EndpointProduct = keyof typeof gateways
const endpointProducts = productsIn('proxyUsers').filter((p): p is EndpointProduct => p in gateways) as [
  EndpointProduct,
  ...EndpointProduct[],
]
export const endpointProduct = z.enum(endpointProducts, { error: 'validation:endpoint.product' })

export const continents = ['af', 'an', 'as', 'eu', 'na', 'oc', 'sa'] as const
export type Continent = (typeof continents)[number]

export const endpointProtocols = ['http', 'socks5h'] as const
export const endpointProtocol = z.enum(endpointProtocols, { error: 'validation:endpoint.protocol' })
export type EndpointProtocol = z.infer<typeof endpointProtocol>

/** How the endpoint is copied: `host:port:user:pass`, a proxy URL, or a `curl -x …` command. */
export const endpointFormats = ['hostPortUserPass', 'url', 'curl'] as const
export const endpointFormat = z.enum(endpointFormats)
export type EndpointFormat = z.infer<typeof endpointFormat>

export const MAX_SESSION_MINUTES = 90
export const MAX_SESSION_ID_LENGTH = 32

/**
 * The gateway an endpoint names: one of the documented hosts (field notes §1.1), or an account's own gateway that
 * the dashboard hands out under pr.thordata.net (e.g. `vpn9wq0d.pr.thordata.net`). Nothing else: the proxy user's
 * password is sent to this host when the endpoint is tested.
 */
const knownGatewayHosts = new Set<string>(Object.values(gateways).flatMap((gateway) => gateway.hosts))
export const isGatewayHost = (host: string) =>
  knownGatewayHosts.has(host) || /^[a-z0-9]{4,32}\.pr\.thordata\.net$/.test(host)
export const gatewayHost = z.string().trim().toLowerCase().refine(isGatewayHost, 'validation:endpoint.host')

/** An optional text field: empty (or only spaces) is "not set". */
const optionalText = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v))
    .pipe(schema.optional())

/** Location codes as the locations lists give them: country `DE`, state `texas`, city `austin` (slugs). */
const slug = (message: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_]{1,64}$/, message)

export const endpointInput = z
  .object({
    product: endpointProduct,
    /** Absent: the product's first gateway host. */
    host: optionalText(gatewayHost),
    /** The proxy user whose password main fills in (never sent by the renderer). */
    username: proxyUsername,
    protocol: endpointProtocol.default('http'),
    continent: optionalText(z.enum(continents, { error: 'validation:endpoint.continent' })),
    country: optionalText(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2}$/, 'validation:endpoint.country'),
    ),
    state: optionalText(slug('validation:endpoint.state')),
    city: optionalText(slug('validation:endpoint.city')),
    /** `AS7922` or `7922`; always written `AS7922`. */
    asn: optionalText(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^(AS)?\d{1,10}$/, 'validation:endpoint.asn')
        .transform((v) => (v.startsWith('AS') ? v : `AS${v}`)),
    ),
    sessionId: optionalText(
      z
        .string()
        .trim()
        .regex(new RegExp(`^[A-Za-z0-9]{1,${MAX_SESSION_ID_LENGTH}}$`), 'validation:endpoint.sessionId'),
    ),
    sessionMinutes: z
      .number({ error: 'validation:endpoint.sessionMinutes' })
      .int('validation:endpoint.sessionMinutes')
      .min(1, 'validation:endpoint.sessionMinutes')
      .max(MAX_SESSION_MINUTES, 'validation:endpoint.sessionMinutes')
      .optional(),
  })
  .superRefine((v, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (v.asn && !v.country) need('asn', 'validation:endpoint.asnNeedsCountry')
    if (v.state && !v.country) need('state', 'validation:endpoint.stateNeedsCountry')
    if (v.city && !v.country) need('city', 'validation:endpoint.cityNeedsCountry')
    if (v.sessionMinutes !== undefined && !v.sessionId) need('sessionMinutes', 'validation:endpoint.minutesNeedId')
  })
export type EndpointInput = z.input<typeof endpointInput>
export type ParsedEndpointInput = z.output<typeof endpointInput>

/** Where to connect and as whom, without the password. */
export interface EndpointParts {
  protocol: EndpointProtocol
  host: string
  port: number
  /** The full proxy username with its targeting, e.g. `td-customer-alice123-country-us-sessid-a1b2-sesstime-10`. */
  username: string
}

/** The gateway and username for an already-parsed input (the segment order of sdk-spec `proxy.yaml`). */
export function endpointParts(input: ParsedEndpointInput): EndpointParts {
  const segments = [
    `td-customer-${input.username}`,
    input.continent && `continent-${input.continent}`,
    input.country && `country-${input.country}`,
    input.state && `state-${input.state}`,
    input.city && `city-${input.city}`,
    input.asn && `asn-${input.asn}`,
    input.sessionId && `sessid-${input.sessionId}`,
    input.sessionId && input.sessionMinutes !== undefined && `sesstime-${input.sessionMinutes}`,
  ].filter(Boolean)
  const gateway = gateways[input.product]
  return {
    protocol: input.protocol,
    host: input.host ?? gateway.hosts[0],
    port: gateway.port,
    username: segments.join('-'),
  }
}

/** The proxy as a URL, e.g. `http://td-customer-…:secret@pr.thordata.net:9999`. */
export function endpointUrl(parts: EndpointParts, password: string): string {
  return `${parts.protocol}://${encodeURIComponent(parts.username)}:${encodeURIComponent(password)}@${parts.host}:${parts.port}`
}

/**
 * The text a user copies. `password` is the real one (main) or a mask (the renderer's preview); `target` is the
 * URL the curl command asks for (the IP-echo service). Every character is URL- and shell-safe, so the double
 * quotes work in bash, zsh, PowerShell and cmd alike.
 */
export function formatEndpoint(parts: EndpointParts, password: string, format: EndpointFormat, target: string): string {
  switch (format) {
    case 'hostPortUserPass':
      return `${parts.host}:${parts.port}:${parts.username}:${password}`
    case 'url':
      return endpointUrl(parts, password)
    case 'curl':
      return `curl -x "${endpointUrl(parts, password)}" "${target}"`
  }
}

/** A random sticky-session id: 12 lower-case letters and digits (what the Python SDK's StickySession makes). */
export function randomSessionId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from({ length: 12 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
}

/** The text the preview shows in place of the password: URL-safe, so the URL forms show it as it is. */
export const PASSWORD_MASK = '********'

/** `endpoints.copy` and `endpoints.reveal`: the generator's form and the format to write. */
export const endpointCopyInput = z.object({ endpoint: endpointInput, format: endpointFormat })
export type EndpointCopyInput = z.input<typeof endpointCopyInput>
/** `endpoints.reveal`: every format at once, so showing the password is one lookup. */
export const endpointRevealInput = z.object({ endpoint: endpointInput })
export type EndpointTexts = Record<EndpointFormat, string>
