import type { Params } from '../http/params'
import type { SimContext } from '../http/route'
import { fail } from '../http/sim-error'
import { serverStatus } from '../state/servers'
import type {
  SimProxyUser,
  SimState,
  StaticProxyType,
  UnlimitedServer,
  UserProxyType,
  WhitelistProxyType,
} from '../state/types'

/**
 * proxy_type is listed as required on every endpoint that takes it, so a missing one is 10000 rather than the
 * documented default 1: a client that forgets it finds out here, not against the real service.
 */
export const userProxyType = (params: Params): UserProxyType => params.oneOf('proxy_type', [1, 2, 3] as const)
export const whitelistProxyType = (params: Params): WhitelistProxyType => params.oneOf('proxy_type', [1, 2, 9] as const)
export const staticProxyType = (params: Params): StaticProxyType => params.oneOf('proxy_type', [1, 2] as const)

export function findUser(ctx: SimContext, proxyType: UserProxyType, username: string): SimProxyUser {
  const user = ctx.state.proxyUsers[proxyType].find((u) => u.username === username)
  if (!user) throw fail(10020, username)
  return user
}

export const totalKb = (user: SimProxyUser): number => user.usage.reduce((sum, d) => sum + d.kb, 0)

/** KB with two decimals at most, so MB × 1024 figures stay exact and readable. */
export const roundKb = (kb: number): number => Math.round(kb * 100) / 100

export const roundTo = (value: number, digits: number): number => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

export function serverByInsId(state: SimState, insId: string): UnlimitedServer {
  const server = state.servers.find((s) => s.insId === insId)
  if (!server) throw fail(10010, `no server ${insId}`)
  return server
}

export function requireRunning(server: UnlimitedServer, now: number): void {
  if (serverStatus(server, now) === 'Expired') throw fail(10000, `${server.planName} has expired; renew it first`)
}
