import type { UnlimitedServer } from '@shared/domain/unlimited'

/** A server as the list reads it (reference §7.1), for the order and bound-user tests. */
export const server: UnlimitedServer = {
  planName: 'abcd1234.proxy.thordata.net',
  insId: 'ins-000111',
  orderId: 'Thor000111',
  region: 'na-siliconvalley',
  machine: '8vCPU 16GiB',
  bandwidth: '300Mbps',
  statusText: 'Turn on',
  running: true,
  purchasedAt: '2026-11-01T09:30:00.000Z',
  expiresAt: '2099-06-01T09:30:00.000Z',
}
