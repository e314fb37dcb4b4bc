import { type ExtractInput, type ExtractSession, extractSeparators } from './domain/extract'
import { extractPathOf } from './products'

const sessionType: Record<ExtractSession, string> = { sticky: '1', rotating: '2' }

/**
 * The extract link (reference §8.1 residential `/api`, §8.2 unlimited `/unlimited_api`) for an input that passed
 * `extractInput`: the documented parameters in the documented order, then any SDK extras the user set (§8.4).
 * No token or key: Thordata checks that the caller's IP is on the product's whitelist. Pure, so the window's live
 * preview and main (which builds it again itself before copying or fetching) always agree.
 */
export function buildExtractUrl(extractBaseUrl: string, accountName: string, input: ExtractInput): string {
  const url = new URL(`${extractBaseUrl.trim().replace(/\/+$/, '')}${extractPathOf(input.product)}`)
  const query = url.searchParams
  query.set('td-customer', accountName.trim())
  query.set('sesstype', sessionType[input.session])
  query.set('number', String(input.count))
  if (input.country) query.set('country', input.country.trim().toLowerCase())
  if (input.product === 'unlimited') query.set('servers', input.server.trim())
  const extra = input.advanced
  if (extra) {
    if (extra.state) query.set('state', extra.state.trim().toLowerCase())
    if (extra.city) query.set('city', extra.city.trim().toLowerCase())
    if (extra.protocol) query.set('protocol', extra.protocol)
    if (extra.returnType) query.set('return_type', extra.returnType)
    if (extra.separator) query.set('sep', extractSeparators[extra.separator])
  }
  return url.toString()
}
