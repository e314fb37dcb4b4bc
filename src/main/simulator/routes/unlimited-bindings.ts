import type { Params } from '../http/params'
import type { Route, SimContext } from '../http/route'
import { fail } from '../http/sim-error'
import type { UnlimitedServer } from '../state/types'
import { toUnixSeconds } from '../time'
import { findUser } from './common'

/** `ip` names the server by its domain (plan name) or its IP. */
function serverByAddress(ctx: SimContext, params: Params): UnlimitedServer {
  const address = params.required('ip')
  const server = ctx.state.servers.find((s) => s.planName === address || s.ip === address)
  if (!server) throw fail(10010, `no server ${address}`)
  return server
}

/** Reference §7.7: which unlimited sub-users may use which server. */
export const unlimitedBindingRoutes: Route[] = [
  {
    method: 'POST',
    path: '/api/get_unlimited_servers_bind_user',
    handle: (ctx, params) => {
      const server = serverByAddress(ctx, params)
      return [
        {
          domain: server.planName,
          ip: server.ip,
          sub_users: server.boundUsers.map((b) => ({ create_time: toUnixSeconds(b.boundAt), username: b.username })),
        },
      ]
    },
  },
  {
    method: 'POST',
    path: '/api/add_unlimited_servers_bind_user',
    handle: (ctx, params) => {
      const server = serverByAddress(ctx, params)
      const user = findUser(ctx, 2, params.required('username'))
      if (server.boundUsers.some((b) => b.username === user.username)) {
        throw fail(10000, `${user.username} is already on ${server.planName}`)
      }
      server.boundUsers.push({ username: user.username, boundAt: ctx.now() })
      return {}
    },
  },
  {
    method: 'POST',
    path: '/api/del_unlimited_servers_bind_user',
    handle: (ctx, params) => {
      const server = serverByAddress(ctx, params)
      const username = params.required('username')
      if (!server.boundUsers.some((b) => b.username === username)) {
        throw fail(10020, `${username} is not on ${server.planName}`)
      }
      server.boundUsers = server.boundUsers.filter((b) => b.username !== username)
      return {}
    },
  },
]
