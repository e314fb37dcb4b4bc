import { AppErrorException } from '@shared/errors'
import { toBytes } from '@shared/traffic'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../simulator'
import { simClientFromSettingsPerTest } from '../thordata/testing/sim-client'
import { cdkHandlers } from './cdk'

const setup = simClientFromSettingsPerTest()
let sim: Simulator
let handlers: ReturnType<typeof cdkHandlers>

beforeEach(async () => {
  const started = await setup({ config: { timeoutMs: 300 } })
  sim = started.sim
  handlers = cdkHandlers(started.client)
})

const GB = toBytes(1, 'GB')
const creates = () => sim.requests().filter((r) => r.method === 'POST' && r.path.endsWith('/cdk/create'))

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (cause: unknown) => cause,
  )
  if (!(error instanceof AppErrorException)) throw new Error(`expected a refusal, got ${String(error)}`)
  return error.appError
}

describe('cdk handlers', () => {
  it('creates codes that the list then shows as unused, each with its traffic, and takes the total off the balance', async () => {
    const before = sim.state.trafficBalanceMb
    const { codes } = await handlers['cdk.create']({ trafficBytes: 4 * GB, count: 3 })
    expect(codes).toHaveLength(3)
    expect(sim.state.trafficBalanceMb).toBeCloseTo(before - 12 * 1024, 2)
    const { cdks } = await handlers['cdk.list']({})
    for (const code of codes) {
      expect(cdks.find((cdk) => cdk.code === code)).toMatchObject({ status: 'unused', trafficBytes: 4 * GB })
    }
    expect(creates()).toHaveLength(1)
  })

  it('gives the details of a redeemed code: who, when, and for how many days', async () => {
    const redeemed = sim.state.cdks.find((cdk) => cdk.status === 2)
    if (!redeemed) throw new Error('the seeded account has no redeemed code')
    const details = await handlers['cdk.info']({ cdk: redeemed.cdk })
    expect(details).toMatchObject({
      code: redeemed.cdk,
      status: 'used',
      usedBy: redeemed.usedBy,
      usedAt: new Date(redeemed.usedAt * 1000).toISOString(),
      durationSeconds: 90 * 86_400,
    })
  })

  it('revokes an unused code: the list says so and its traffic comes back', async () => {
    const { codes } = await handlers['cdk.create']({ trafficBytes: 2 * GB, count: 1 })
    const afterCreate = sim.state.trafficBalanceMb
    await handlers['cdk.revoke']({ cdk: codes[0] })
    expect(sim.state.trafficBalanceMb).toBeCloseTo(afterCreate + 2 * 1024, 2)
    expect((await handlers['cdk.info']({ cdk: codes[0] })).status).toBe('revoked')
    const revoked = await handlers['cdk.list']({ status: 'revoked' })
    expect(revoked.cdks.map((cdk) => cdk.code)).toContain(codes[0])
  })

  it('says a short traffic balance (10017) in the terms of the form, with the total asked for, and creates nothing', async () => {
    sim.state.trafficBalanceMb = 3 * 1024
    const count = sim.state.cdks.length
    const error = await refusal(handlers['cdk.create']({ trafficBytes: 2 * GB, count: 2 }))
    expect(error).toMatchObject({ code: 10017, retryable: false })
    expect(error.message).toContain('traffic balance is too low')
    expect(error.message).toContain('4 GB in all')
    expect(sim.state.cdks).toHaveLength(count)
    expect(creates()).toHaveLength(1)
  })

  it('puts a refused quantity (10012, 10003) on the count field', async () => {
    const tooMany = await refusal(handlers['cdk.create']({ trafficBytes: GB, count: 101 }))
    expect(tooMany).toMatchObject({ code: 10012, field: 'count' })
    sim.faults.add({ kind: 'code', code: 10003, path: '/cdk/create', times: 1 })
    expect(await refusal(handlers['cdk.create']({ trafficBytes: GB, count: 1 }))).toMatchObject({
      code: 10003,
      field: 'count',
    })
  })

  it('refuses traffic that is not a whole number of GB on its field, before sending anything', async () => {
    const error = await refusal(handlers['cdk.create']({ trafficBytes: 1.5 * GB, count: 1 }))
    expect(error).toMatchObject({ kind: 'validation', field: 'trafficBytes' })
    expect(creates()).toHaveLength(0)
  })

  it('sends a create once even when its answer is lost, and says the outcome is unknown', async () => {
    sim.faults.add({ kind: 'reset', path: '/cdk/create', times: 1 })
    const error = await refusal(handlers['cdk.create']({ trafficBytes: GB, count: 1 }))
    expect(error).toMatchObject({ kind: 'network', retryable: false, outcome: 'unknown' })
    expect(error.message).toContain('may or may not have been made')
    expect(error.message).toContain('Look at the list of codes')
    expect(creates()).toHaveLength(1)
  })

  it.each([
    ['an HTTP 502', { kind: 'http-error', status: 502, path: '/cdk/create', times: 1 }],
    ['an unreadable reply', { kind: 'malformed', path: '/cdk/create', times: 1 }],
  ] as const)('says the outcome is unknown after %s, and sends the create once', async (_, fault) => {
    sim.faults.add(fault)
    const error = await refusal(handlers['cdk.create']({ trafficBytes: GB, count: 1 }))
    expect(error).toMatchObject({ retryable: false, outcome: 'unknown' })
    expect(error.message).toContain('Look at the list of codes')
    expect(creates()).toHaveLength(1)
  })

  it('says the outcome is unknown for a code the app does not know, naming the code', async () => {
    sim.faults.add({ kind: 'code', code: 424242, path: '/cdk/create', times: 1 })
    const error = await refusal(handlers['cdk.create']({ trafficBytes: GB, count: 1 }))
    expect(error).toMatchObject({ code: 424242, retryable: false, outcome: 'unknown' })
    expect(error.message).toContain('424242')
  })

  it('a definite refusal is not an unknown outcome', async () => {
    sim.state.trafficBalanceMb = 0
    expect((await refusal(handlers['cdk.create']({ trafficBytes: GB, count: 1 }))).outcome).toBeUndefined()
  })
})
