import type { Route } from '../http/route'
import { roundKb } from './common'
import { dayRange } from './usage-range'

/** Reference §2. Balance is MB here and KB on usage-statistics; both describe the same amount. */
export const accountRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/account/traffic-balance',
    handle: (ctx) => ({
      traffic_balance:
        ctx.state.balanceEndpointUnit === 'KB'
          ? roundKb(ctx.state.trafficBalanceMb * 1024)
          : ctx.state.trafficBalanceMb,
      expiration_time: ctx.state.trafficExpiresOn,
    }),
  },
  {
    method: 'GET',
    path: '/api/account/wallet-balance',
    handle: (ctx) => ({ wallet_balance: ctx.state.walletBalance }),
  },
  {
    method: 'GET',
    path: '/api/account/usage-statistics',
    handle: (ctx, params) => {
      const range = dayRange(params)
      const byDate = new Map(ctx.state.accountUsage.map((d) => [d.date, d.kb]))
      const data = range.dates.map((date) => ({ date, usage_traffic: byDate.get(date) ?? 0 }))
      return {
        total_usage_traffic: ctx.state.accountUsage.reduce((sum, d) => sum + d.kb, 0),
        traffic_balance: roundKb(ctx.state.trafficBalanceMb * 1024),
        query_days: data.length,
        range_usage_traffic: data.reduce((sum, d) => sum + d.usage_traffic, 0),
        data,
      }
    },
  },
]
