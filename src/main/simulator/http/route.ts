import type { Prng } from '../state/prng'
import type { SimState } from '../state/types'
import type { Params } from './params'

/** What a route handler works with: the live state, the injected clock (epoch ms) and a seeded PRNG. */
export interface SimContext {
  state: SimState
  now(): number
  random: Prng
}

/**
 * - standard: `{code,data,msg}` (reference §1.4); handlers return `data`.
 * - balancing: `{status_code,payload}` (the load-balancing monitor, §7.6).
 * - raw: the handler returns a RawReply; errors are `{code,msg}` (extract links, §8).
 */
export type Envelope = 'standard' | 'balancing' | 'raw'

export interface Route {
  method: 'GET' | 'POST'
  /** Full pathname, e.g. /api/account/traffic-balance. */
  path: string
  /** Extract links and /whoami take no token or key. */
  public?: boolean
  envelope?: Envelope
  handle(ctx: SimContext, params: Params): unknown
}

export interface RawReply {
  status: number
  contentType: string
  body: string
}
