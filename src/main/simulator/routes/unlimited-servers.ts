import type { Route } from '../http/route'
import { fail } from '../http/sim-error'
import {
  bandwidthLabel,
  bandwidthMbps,
  MACHINE_SIZES,
  monthlyPrice,
  RENEWAL_PACKAGES,
  renewalPrice,
  roundMoney,
} from '../state/plans'
import { RESTART_MS, serverStatus } from '../state/servers'
import type { SimState } from '../state/types'
import { DAY_MS, formatMinute } from '../time'
import { requireRunning, serverByInsId } from './common'

function charge(state: SimState, amount: number): string {
  if (state.walletBalance < amount) {
    throw fail(10008, `${amount.toFixed(2)} needed, ${state.walletBalance.toFixed(2)} in the wallet`)
  }
  state.walletBalance = roundMoney(state.walletBalance - amount)
  return `Thor${state.nextOrderNumber++}`
}

/** Reference §7.1, 7.2, 7.4, 7.5. Renew and upgrade are paid from the wallet. */
export const unlimitedServerRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/unlimited/server-list',
    handle: (ctx) =>
      ctx.state.servers.map((s) => ({
        purchase_time: formatMinute(s.purchasedAt),
        expiration_time: formatMinute(s.expiresAt),
        plan_name: s.planName,
        server: MACHINE_SIZES[s.svId].label,
        bandwidth: bandwidthLabel(s.bwId),
        status: serverStatus(s, ctx.now()),
        order_id: s.orderId,
        ins_id: s.insId,
        region: s.region,
      })),
  },
  {
    method: 'POST',
    path: '/api/unlimited/restart-server',
    handle: (ctx, params) => {
      const planName = params.required('plan_name')
      const server = ctx.state.servers.find((s) => s.planName === planName)
      if (!server) throw fail(10010, `no server ${planName}`)
      requireRunning(server, ctx.now())
      server.restartingUntil = ctx.now() + RESTART_MS
      return {}
    },
  },
  {
    method: 'POST',
    path: '/api/unlimited/renew',
    handle: (ctx, params) => {
      const server = serverByInsId(ctx.state, params.required('ins_id'))
      const packageId = params.oneOf('package_id', [6, 7, 8, 27] as const)
      const pkg = RENEWAL_PACKAGES[packageId]
      const price = renewalPrice(server.svId, server.bwId, pkg)
      const orderId = charge(ctx.state, price)
      // An expired server restarts its term from now; a running one extends its current term.
      server.expiresAt = Math.max(server.expiresAt, ctx.now()) + pkg.days * DAY_MS
      server.orderId = orderId
      return { order_id: orderId, order_money: price }
    },
  },
  {
    method: 'POST',
    path: '/api/unlimited/upgrade',
    handle: (ctx, params) => {
      const server = serverByInsId(ctx.state, params.required('ins_id'))
      const bwId = params.integer('bw_id')
      if (bandwidthMbps(bwId) === null) throw fail(10000, 'bw_id must be 1 to 9')
      const svId = params.oneOf('sv_id', [2, 3, 4, 5] as const)
      requireRunning(server, ctx.now())
      const bigger = MACHINE_SIZES[svId].rank >= MACHINE_SIZES[server.svId].rank && bwId >= server.bwId
      if (!bigger || (svId === server.svId && bwId === server.bwId)) {
        throw fail(10000, 'an upgrade needs a larger machine or more bandwidth, and neither may shrink')
      }
      // Pro rata: the monthly difference for the days left on the current term.
      const daysLeft = (server.expiresAt - ctx.now()) / DAY_MS
      const price = Math.max(
        0.01,
        roundMoney(((monthlyPrice(svId, bwId) - monthlyPrice(server.svId, server.bwId)) * daysLeft) / 30),
      )
      const orderId = charge(ctx.state, price)
      server.svId = svId
      server.bwId = bwId
      return { order_id: orderId, order_money: price }
    },
  },
]
