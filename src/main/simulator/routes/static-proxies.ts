import type { Route } from '../http/route'
import { fail } from '../http/sim-error'
import { formatMinute } from '../time'
import { staticProxyType } from './common'

/** Reference §6: ISP (proxy_type 1) and Datacenter (2) proxies. */
export const staticProxyRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/proxy/proxy-list',
    handle: (ctx, params) =>
      ctx.state.staticProxies[staticProxyType(params)].map((p) => ({
        purchase_time: formatMinute(p.purchasedAt),
        expiration_time: formatMinute(p.expiresAt),
        ip: p.ip,
        port: p.port,
        username: p.username,
        password: p.password,
        country: p.country,
        city: p.city,
      })),
  },
  {
    method: 'GET',
    path: '/api/proxy/expiration-time',
    handle: (ctx, params) => {
      const proxies = ctx.state.staticProxies[staticProxyType(params)]
      const ips = params
        .required('ips')
        .split(',')
        .map((ip) => ip.trim())
        .filter((ip) => ip !== '')
      if (ips.length === 0) throw fail(10000, 'ips is required')
      return ips.map((ip) => {
        const proxy = proxies.find((p) => p.ip === ip)
        if (!proxy) throw fail(10010, ip)
        return { ip, expiration_time: formatMinute(proxy.expiresAt) }
      })
    },
  },
]
