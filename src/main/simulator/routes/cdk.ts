import type { Route, SimContext } from '../http/route'
import { fail } from '../http/sim-error'
import { CDK_VALIDITY_SECONDS } from '../state/plans'
import { MIXED_ALNUM } from '../state/prng'
import type { SimCdk } from '../state/types'
import { toUnixSeconds } from '../time'

const MAX_CODES_PER_ORDER = 100
const MAX_FLOW_GB = 10_000

function findCdk(ctx: SimContext, code: string): SimCdk {
  const cdk = ctx.state.cdks.find((c) => c.cdk === code)
  if (!cdk) throw fail(10000, `no CDK ${code}`)
  return cdk
}

function newCode(ctx: SimContext): string {
  for (;;) {
    const code = ctx.random.chars(16, MIXED_ALNUM)
    if (!ctx.state.cdks.some((c) => c.cdk === code)) return code
  }
}

/**
 * Reference §9. `flow` is read as GB per code (the unit is not documented; the examples suggest GB). Creating
 * codes takes flow × num GB off the traffic balance (10017 when it is short); revoking an unused code gives
 * that traffic back.
 */
export const cdkRoutes: Route[] = [
  {
    method: 'POST',
    path: '/api/cdk/create',
    handle: (ctx, params) => {
      const flow = params.integer('flow')
      if (flow < 1 || flow > MAX_FLOW_GB) throw fail(10000, `flow must be 1 to ${MAX_FLOW_GB} GB`)
      const num = params.integer('num')
      if (num < 1) throw fail(10003, 'num must be at least 1')
      if (num > MAX_CODES_PER_ORDER) throw fail(10012, `at most ${MAX_CODES_PER_ORDER} codes at a time`)
      const costMb = flow * num * 1024
      if (costMb > ctx.state.trafficBalanceMb) throw fail(10017, `${flow * num} GB needed`)
      ctx.state.trafficBalanceMb = Math.round((ctx.state.trafficBalanceMb - costMb) * 100) / 100
      const createdAt = toUnixSeconds(ctx.now())
      const codes = Array.from({ length: num }, () => {
        const cdk: SimCdk = {
          cdk: newCode(ctx),
          status: 1,
          createdAt,
          trafficGb: flow,
          durationSeconds: CDK_VALIDITY_SECONDS,
          usedBy: '',
          usedAt: 0,
        }
        ctx.state.cdks.push(cdk)
        return cdk.cdk
      })
      return { cdk: codes }
    },
  },
  {
    method: 'GET',
    path: '/api/cdk/list',
    handle: (ctx, params) => {
      const status = params.optional('status') === undefined ? undefined : params.oneOf('status', [1, 2, 3] as const)
      return ctx.state.cdks
        .filter((c) => status === undefined || c.status === status)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((c) => ({
          cdk: c.cdk,
          create_time: c.createdAt,
          status: c.status,
          traffic: c.trafficGb,
          traffic_duration: c.durationSeconds,
        }))
    },
  },
  {
    method: 'POST',
    path: '/api/cdk/revoke',
    handle: (ctx, params) => {
      const cdk = findCdk(ctx, params.required('cdk'))
      if (cdk.status === 2) throw fail(10000, 'a redeemed CDK cannot be revoked')
      if (cdk.status === 3) throw fail(10000, 'this CDK is already revoked')
      cdk.status = 3
      ctx.state.trafficBalanceMb = Math.round((ctx.state.trafficBalanceMb + cdk.trafficGb * 1024) * 100) / 100
      return {}
    },
  },
  {
    method: 'GET',
    path: '/api/cdk/info',
    handle: (ctx, params) => {
      const cdk = findCdk(ctx, params.required('cdk'))
      return {
        cdk: cdk.cdk,
        status: cdk.status,
        create_time: cdk.createdAt,
        traffic: cdk.trafficGb,
        traffic_duration: cdk.durationSeconds,
        use_username: cdk.usedBy,
        use_time: cdk.usedAt,
      }
    },
  },
]
