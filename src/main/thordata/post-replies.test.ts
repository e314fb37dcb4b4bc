import { describe, expect, it } from 'vitest'
import type { ThordataClient } from './index'
import { clientWith } from './testing/client'

/**
 * A state-changing call answered with code 200 has happened. Whatever detail the reply carries (or lacks), the
 * call must resolve: an error here would offer "Try again" and apply the change, or spend the money, twice.
 */
const GB = 1024 ** 3
const changes: [string, (c: ThordataClient) => Promise<unknown>][] = [
  [
    'proxyUsers.create',
    (c) =>
      c.proxyUsers.create({
        product: 'residential',
        username: 'shop01',
        password: 'Pass1234',
        trafficLimitBytes: 0,
        enabled: true,
      }),
  ],
  [
    'proxyUsers.update',
    (c) =>
      c.proxyUsers.update({
        product: 'residential',
        username: 'shop01',
        next: { username: 'shop01', password: 'Pass1234', trafficLimitBytes: 0, enabled: true },
      }),
  ],
  ['proxyUsers.delete', (c) => c.proxyUsers.delete({ product: 'residential', username: 'shop01' })],
  ['whitelist.add', (c) => c.whitelist.add({ product: 'residential', ip: '203.0.113.7' })],
  ['whitelist.delete', (c) => c.whitelist.delete({ product: 'residential', ip: '203.0.113.7' })],
  ['unlimited.restart', (c) => c.unlimited.restart({ planName: 'abcd1234.proxy.thordata.net' })],
  ['unlimited.renew', (c) => c.unlimited.renew({ insId: 'ins-1', packageId: 8 })],
  ['unlimited.upgrade', (c) => c.unlimited.upgrade({ insId: 'ins-1', bandwidthId: 3, machineId: 2 })],
  ['cdk.create', (c) => c.cdk.create({ trafficBytes: 2 * GB, count: 2 })],
  ['cdk.revoke', (c) => c.cdk.revoke({ cdk: 'Ab3dEf6hIj9kLm2N' })],
]

const odd: [string, unknown][] = [
  ['no data', { code: 200, msg: 'ok' }],
  ['data: null', { code: 200, data: null, msg: 'ok' }],
  ['data: {}', { code: 200, data: {} }],
  ['data as text', { code: 200, data: 'success' }],
  ['data as a list', { code: 200, data: [1, 2] }],
  ['odd detail fields', { code: '200', data: { order_id: { id: 7 }, order_money: 'n/a', cdk: 42 } }],
]

describe('a change answered with code 200 is a success, whatever else the reply holds', () => {
  for (const [name, call] of changes) {
    it.each(odd)(`${name} with %s`, async (_label, body) => {
      const { client, seen } = clientWith([{ json: body }])
      await call(client) // a rejection fails the test
      expect(seen).toHaveLength(1)
    })
  }
})
