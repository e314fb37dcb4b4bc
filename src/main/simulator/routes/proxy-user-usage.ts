import type { Params } from '../http/params'
import type { Route, SimContext } from '../http/route'
import type { SimProxyUser } from '../state/types'
import { hourWeights } from '../state/usage-shape'
import { DAY_MS, formatDate, formatHour, HOUR_MS, startOfDay } from '../time'
import { findUser, roundKb, roundTo, totalKb, userProxyType } from './common'
import { dayRange, hourRange } from './usage-range'

/** `username` may name several users separated by commas (zh [doc-C]); their figures are added up. */
function selectedUsers(ctx: SimContext, params: Params): SimProxyUser[] {
  const proxyType = userProxyType(params)
  const names = params
    .required('username')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '')
  return names.map((name) => findUser(ctx, proxyType, name))
}

/**
 * The head of §4.5's answer, in KB like the rest of it: the cap (0 when any selected user has none), the
 * all-time total, and what is left under the cap (0 for uncapped users, as the reference example shows).
 */
function usageHead(users: SimProxyUser[]): {
  traffic_limit: number
  total_usage_traffic: number
  traffic_balance: number
} {
  const uncapped = users.some((u) => u.trafficLimitMb === 0)
  const limitKb = uncapped ? 0 : users.reduce((sum, u) => sum + u.trafficLimitMb * 1024, 0)
  const total = users.reduce((sum, u) => sum + totalKb(u), 0)
  return {
    traffic_limit: limitKb,
    total_usage_traffic: total,
    traffic_balance: uncapped ? 0 : roundKb(Math.max(0, limitKb - total)),
  }
}

/**
 * One user's traffic in one hour: the stored day split by that day's hour weights over the hours that had
 * finished when the history was recorded, so an hourly query always adds up to the daily figure.
 */
function hourKb(ctx: SimContext, user: SimProxyUser, hourStart: number): number {
  const day = startOfDay(hourStart)
  const stored = user.usage.find((d) => d.date === formatDate(day))?.kb ?? 0
  if (stored === 0) return 0
  const weights = hourWeights(user.username, day)
  const finished = (h: number): boolean => day + (h + 1) * HOUR_MS <= ctx.state.usageRecordedUntil
  const share = weights.reduce((sum, w, h) => (finished(h) ? sum + w : sum), 0)
  const hour = (hourStart - day) / HOUR_MS
  return share === 0 || !finished(hour) ? 0 : (stored * weights[hour]) / share
}

/** Reference §4.5 (daily) and §4.6 (hourly; KB like §4.5, fractional). */
export const proxyUserUsageRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/proxy-users/usage-statistics',
    handle: (ctx, params) => {
      const users = selectedUsers(ctx, params)
      const range = dayRange(params)
      const data = range.dates.map((date) => ({
        date,
        usage_traffic: users.reduce((sum, u) => sum + (u.usage.find((d) => d.date === date)?.kb ?? 0), 0),
      }))
      return {
        ...usageHead(users),
        query_days: data.length,
        range_usage_traffic: data.reduce((sum, d) => sum + d.usage_traffic, 0),
        data,
      }
    },
  },
  {
    method: 'GET',
    path: '/api/proxy-users/usage-statistics-hour',
    handle: (ctx, params) => {
      const users = selectedUsers(ctx, params)
      const range = hourRange(params)
      const data: Array<{ date: string; usage_traffic: number }> = []
      for (let at = range.from; at <= range.to; at += HOUR_MS) {
        const kb = users.reduce((sum, u) => sum + hourKb(ctx, u, at), 0)
        data.push({ date: formatHour(at), usage_traffic: roundTo(kb, 3) })
      }
      return {
        ...usageHead(users),
        query_days: (startOfDay(range.to) - startOfDay(range.from)) / DAY_MS + 1,
        range_usage_traffic: roundTo(
          data.reduce((sum, d) => sum + d.usage_traffic, 0),
          3,
        ),
        data,
      }
    },
  },
]
