import type { Params } from '../http/params'
import type { RawReply, Route, SimContext } from '../http/route'
import { fail, messageFor, SimError } from '../http/sim-error'
import { findCountry } from '../state/geo'
import { serverShortId, serverStatus } from '../state/servers'
import type { SimState } from '../state/types'

/** Reference §8 / inferred §1.6: a link answers 111 when asked again within this long of its last list. */
export const EXTRACT_INTERVAL_MS = 2000
const MAX_NUMBER = 500

/** The gateway entry nodes residential lists point at; every port behind them is a different exit IP. */
const RESIDENTIAL_ENTRIES = ['203.0.113.201', '203.0.113.202', '203.0.113.203']

type Product = keyof SimState['lastExtractAt']

function extractError(code: number, ctx: SimContext): SimError {
  return new SimError(code, messageFor(code, ctx.state.publicIp))
}

/** The checks both links share, in the order a caller meets them: account, allowlist, parameters. */
function common(ctx: SimContext, params: Params, product: Product): { sticky: boolean; number: number } {
  if (params.optional('td-customer') !== ctx.state.credentials.accountName) throw extractError(118, ctx)
  const list = ctx.state.whitelist[product === 'residential' ? 1 : 2]
  const allowed = list.some((e) => e.ip === ctx.state.publicIp && e.enabled)
  if (!allowed || (product === 'unlimited' && ctx.state.servers.length === 0)) throw extractError(117, ctx)
  const sesstype = params.oneOf('sesstype', [1, 2] as const)
  const number = params.integer('number')
  if (number < 1 || number > MAX_NUMBER) throw fail(10000, `number must be 1 to ${MAX_NUMBER}`)
  return { sticky: sesstype === 1, number }
}

function checkInterval(ctx: SimContext, product: Product): void {
  const last = ctx.state.lastExtractAt[product]
  if (last !== null && ctx.now() - last < EXTRACT_INTERVAL_MS) throw extractError(111, ctx)
}

/** `count` distinct ports in [low, low + span). */
function ports(ctx: SimContext, count: number, low: number, span: number): number[] {
  const chosen = new Set<number>()
  while (chosen.size < count) chosen.add(low + ctx.random.int(0, span - 1))
  return [...chosen]
}

function serve(ctx: SimContext, product: Product, lines: string[]): RawReply {
  ctx.state.lastExtractAt[product] = ctx.now()
  return { status: 200, contentType: 'text/plain; charset=utf-8', body: lines.join('\r\n') }
}

/** Reference §8: plain-text `IP:port` lines, or a JSON {code,msg} error. No token or key. */
export const extractRoutes: Route[] = [
  {
    method: 'GET',
    path: '/extract/api',
    public: true,
    envelope: 'raw',
    handle: (ctx, params) => {
      const { sticky, number } = common(ctx, params, 'residential')
      const country = params.required('country')
      checkInterval(ctx, 'residential')
      if (!findCountry(1, country)) throw extractError(114, ctx)
      const list = ports(ctx, number, sticky ? 20000 : 40000, 20000).map(
        (port, i) => `${RESIDENTIAL_ENTRIES[i % RESIDENTIAL_ENTRIES.length]}:${port}`,
      )
      return serve(ctx, 'residential', list)
    },
  },
  {
    method: 'GET',
    path: '/extract/unlimited_api',
    public: true,
    envelope: 'raw',
    handle: (ctx, params) => {
      const { sticky, number } = common(ctx, params, 'unlimited')
      const wanted = params.required('servers')
      const country = params.optional('country')
      checkInterval(ctx, 'unlimited')
      const server = ctx.state.servers.find((s) => serverShortId(s) === wanted || s.planName === wanted)
      if (!server) throw extractError(114, ctx)
      if (serverStatus(server, ctx.now()) === 'Expired') throw extractError(121, ctx)
      if (country !== undefined && !findCountry(2, country)) throw extractError(114, ctx)
      return serve(
        ctx,
        'unlimited',
        ports(ctx, number, sticky ? 10000 : 30000, 10000).map((port) => `${server.ip}:${port}`),
      )
    },
  },
]
