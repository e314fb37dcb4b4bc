import type { Params } from '../http/params'
import type { Route, SimContext } from '../http/route'
import { fail } from '../http/sim-error'
import type { SimProxyUser, UserProxyType } from '../state/types'
import { formatDate } from '../time'
import { findUser, roundTo, totalKb, userProxyType } from './common'

const USERNAME = /^[A-Za-z0-9]{6,15}$/
const PASSWORD = /^[A-Za-z][A-Za-z0-9]{5,14}$/

function checkUsername(name: string): string {
  if (!USERNAME.test(name)) throw fail(10015)
  return name
}

function checkPassword(password: string): string {
  if (!PASSWORD.test(password)) throw fail(10016)
  return password
}

/** Cap in MB: whole number, 0 (no cap) or at least 100 (reference §4.2). */
function trafficLimit(params: Params, name: string): number {
  const value = params.integer(name)
  if (value !== 0 && value < 100) throw fail(10000, `${name} must be 0 (no limit) or at least 100 MB`)
  return value
}

function nameTaken(ctx: SimContext, proxyType: UserProxyType, name: string, except?: SimProxyUser): void {
  if (ctx.state.proxyUsers[proxyType].some((u) => u.username === name && u !== except)) throw fail(10018, name)
}

/** Reference §4.1–4.4. */
export const proxyUserRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/proxy-users/user-list',
    handle: (ctx, params) => {
      const proxyType = userProxyType(params)
      const users = ctx.state.proxyUsers[proxyType]
      const limit = ctx.state.proxyUserLimits[proxyType]
      return {
        limit,
        remaining_limit: Math.max(0, limit - users.length),
        user_count: users.length,
        list: users.map((u) => ({
          created_time: u.createdOn,
          username: u.username,
          password: u.password,
          status: u.enabled,
          traffic_limit: u.trafficLimitMb,
          usage_traffic: roundTo(totalKb(u) / 1024, 2),
        })),
      }
    },
  },
  {
    method: 'POST',
    path: '/api/proxy-users/create-user',
    handle: (ctx, params) => {
      const proxyType = userProxyType(params)
      const username = checkUsername(params.required('username'))
      const password = checkPassword(params.required('password'))
      const trafficLimitMb = trafficLimit(params, 'traffic_limit')
      const enabled = params.boolean('status')
      nameTaken(ctx, proxyType, username)
      const users = ctx.state.proxyUsers[proxyType]
      if (users.length >= ctx.state.proxyUserLimits[proxyType]) throw fail(10019)
      users.push({ username, password, enabled, trafficLimitMb, createdOn: formatDate(ctx.now()), usage: [] })
      return {}
    },
  },
  {
    method: 'POST',
    path: '/api/proxy-users/update-user',
    handle: (ctx, params) => {
      const proxyType = userProxyType(params)
      const user = findUser(ctx, proxyType, params.required('username'))
      const newUsername = checkUsername(params.optional('new_username') ?? user.username)
      const newPassword = checkPassword(params.optional('new_password') ?? user.password)
      // Reference §4.3: the official SDKs always send every new_* field and fill an omitted cap with "0" and an
      // omitted status with "true". The server is taken to land the same way, so an absent new_traffic_limit
      // removes the cap and an absent new_status enables the user. This is what lets tests prove the app
      // resends the current values. An absent name or password keeps the current one (the SDKs send those).
      const newLimit =
        params.optional('new_traffic_limit') === undefined ? 0 : trafficLimit(params, 'new_traffic_limit')
      const newEnabled = params.optional('new_status') === undefined ? true : params.boolean('new_status')
      nameTaken(ctx, proxyType, newUsername, user)
      if (newUsername !== user.username) renameBindings(ctx, proxyType, user.username, newUsername)
      user.username = newUsername
      user.password = newPassword
      user.trafficLimitMb = newLimit
      user.enabled = newEnabled
      return {}
    },
  },
  {
    method: 'POST',
    path: '/api/proxy-users/delete-user',
    handle: (ctx, params) => {
      const proxyType = userProxyType(params)
      const user = findUser(ctx, proxyType, params.required('username'))
      ctx.state.proxyUsers[proxyType] = ctx.state.proxyUsers[proxyType].filter((u) => u !== user)
      if (proxyType === 2) {
        for (const server of ctx.state.servers) {
          server.boundUsers = server.boundUsers.filter((b) => b.username !== user.username)
        }
      }
      return {}
    },
  },
]

/** Unlimited sub-users are bound to servers by name (§7.7); a rename carries the bindings along. */
function renameBindings(ctx: SimContext, proxyType: UserProxyType, from: string, to: string): void {
  if (proxyType !== 2) return
  for (const server of ctx.state.servers) {
    for (const bound of server.boundUsers) if (bound.username === from) bound.username = to
  }
}
