import type { Cdk, CdkDetails } from '@shared/domain/cdk'
import { ok } from '@shared/ipc/result'
import { toBytes } from '@shared/traffic'
import { createFakeBridge, demoSession } from '../../test-utils/fakeBridge'

const GB = toBytes(1, 'GB')
const NINETY_DAYS = 90 * 86_400

const code = (name: string, status: Cdk['status'], gb: number, createdAt: string): Cdk => ({
  code: name,
  status,
  trafficBytes: gb * GB,
  durationSeconds: NINETY_DAYS,
  createdAt,
})

export const waiting = code('WAIT0001aaaa', 'unused', 5, '2026-11-20T10:00:00.000Z')
export const waiting2 = code('WAIT0002bbbb', 'unused', 10, '2026-11-18T10:00:00.000Z')
export const redeemed = code('USED0001cccc', 'used', 2, '2026-10-01T08:30:00.000Z')
export const revoked = code('GONE0001dddd', 'revoked', 1, '2026-09-01T12:00:00.000Z')

/**
 * A fake bridge whose cdk.* channels keep codes and a traffic balance like Thordata does: a create takes
 * traffic × count off the balance, a revoke gives an unused code's traffic back.
 */
export function cdkBridge(initial: Cdk[] = [waiting, waiting2, redeemed, revoked], balanceGb = 40) {
  const fake = createFakeBridge({ session: demoSession })
  let cdks = [...initial]
  let balance = balanceGb * GB
  let made = 0
  fake.respond('account.trafficBalance', () => ok({ remainingBytes: balance, expiresOn: null }))
  fake.respond('cdk.list', () => ok({ cdks: [...cdks], skipped: 0 }))
  fake.respond('cdk.info', ({ cdk }) => {
    const found = cdks.find((each) => each.code === cdk) ?? waiting
    const details: CdkDetails = {
      ...found,
      usedBy: found.status === 'used' ? 'buyer01' : null,
      usedAt: found.status === 'used' ? '2026-10-02T09:15:00.000Z' : null,
    }
    return ok(details)
  })
  const handlers = {
    'cdk.create': ({ trafficBytes, count }: { trafficBytes: number; count: number }) => {
      const codes = Array.from({ length: count }, () => `NEW${String(++made).padStart(4, '0')}zzzz`)
      cdks = [
        ...codes.map((name) => ({ ...code(name, 'unused', 0, '2026-12-01T09:00:00.000Z'), trafficBytes })),
        ...cdks,
      ]
      balance -= trafficBytes * count
      return ok({ codes })
    },
    'cdk.revoke': ({ cdk }: { cdk: string }) => {
      const found = cdks.find((each) => each.code === cdk)
      if (found) balance += found.trafficBytes
      cdks = cdks.map((each) => (each.code === cdk ? { ...each, status: 'revoked' as const } : each))
      return ok(undefined)
    },
  }
  fake.respond('cdk.create', handlers['cdk.create'])
  fake.respond('cdk.revoke', handlers['cdk.revoke'])
  /** Holds the channel's next answers until the returned function is called. */
  const answerLater = (channel: 'cdk.create' | 'cdk.revoke') => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const handler = handlers[channel] as (input: never) => unknown
    fake.respond(channel, ((input: never) => gate.then(() => handler(input))) as never)
    return () => release()
  }
  return Object.assign(fake, {
    answerLater,
    get cdks() {
      return cdks
    },
  })
}
