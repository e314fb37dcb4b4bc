import type { Params } from '../http/params'
import type { Route } from '../http/route'
import { fail } from '../http/sim-error'
import { canonicalIp } from '../ip'
import { formatDate } from '../time'
import { whitelistProxyType } from './common'

function ipParam(params: Params): string {
  const ip = canonicalIp(params.required('ip'))
  if (ip === null) throw fail(10000, 'ip is not a valid IPv4 or IPv6 address')
  return ip
}

/** Reference §5. Rows sit under `data.lists`. */
export const whitelistRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/whitelisted-ips/ip-list',
    handle: (ctx, params) => {
      const proxyType = whitelistProxyType(params)
      const entries = ctx.state.whitelist[proxyType]
      const limit = ctx.state.whitelistLimits[proxyType]
      return {
        ip_count: entries.length,
        limit,
        remaining_limit: Math.max(0, limit - entries.length),
        lists: entries.map((e) => ({ created_time: e.createdOn, ip: e.ip, status: e.enabled })),
      }
    },
  },
  {
    method: 'POST',
    path: '/api/whitelisted-ips/add-ip',
    handle: (ctx, params) => {
      const proxyType = whitelistProxyType(params)
      const ip = ipParam(params)
      const enabled = params.boolean('status')
      const entries = ctx.state.whitelist[proxyType]
      if (entries.some((e) => e.ip === ip)) throw fail(10000, `${ip} is already on the whitelist`)
      if (entries.length >= ctx.state.whitelistLimits[proxyType]) throw fail(10019, 'the whitelist is full')
      entries.push({ ip, enabled, createdOn: formatDate(ctx.now()) })
      return {}
    },
  },
  {
    method: 'POST',
    path: '/api/whitelisted-ips/delete-ip',
    handle: (ctx, params) => {
      const proxyType = whitelistProxyType(params)
      const ip = ipParam(params)
      const entries = ctx.state.whitelist[proxyType]
      if (!entries.some((e) => e.ip === ip)) throw fail(10010, ip)
      ctx.state.whitelist[proxyType] = entries.filter((e) => e.ip !== ip)
      return {}
    },
  },
]
