import type { ServerMonitor, UnlimitedServer } from '@shared/domain/unlimited'
import { ok } from '@shared/ipc/result'
import { createFakeBridge, demoSession } from '../../test-utils/fakeBridge'

export const FIXED_NOW = Date.parse('2026-03-10T12:30:00Z')

export const siliconValley: UnlimitedServer = {
  planName: 'abcd1234.proxy.thordata.net',
  insId: 'ins-000111',
  orderId: 'Thor000111',
  region: 'na-siliconvalley',
  machine: '16vCPU 32GiB',
  bandwidth: '500Mbps',
  statusText: 'Turn on',
  running: true,
  purchasedAt: '2025-12-06T09:30:00.000Z',
  expiresAt: '2026-04-06T09:30:00.000Z',
}

/** Runs out in two days, and its list row carries no region (older API). */
export const frankfurt: UnlimitedServer = {
  planName: 'efgh5678.proxy.thordata.net',
  insId: 'ins-000222',
  orderId: 'Thor000222',
  region: null,
  machine: '8vCPU 16GiB',
  bandwidth: '300Mbps',
  statusText: 'Turn on',
  running: true,
  purchasedAt: '2026-01-12T10:00:00.000Z',
  expiresAt: '2026-03-12T20:00:00.000Z',
}

export const singapore: UnlimitedServer = {
  planName: 'ijkl9012.proxy.thordata.net',
  insId: 'ins-000333',
  orderId: 'Thor000333',
  region: 'ap-singapore',
  machine: '8vCPU 16GiB',
  bandwidth: '200Mbps',
  statusText: 'Expired',
  running: false,
  purchasedAt: '2026-02-01T08:00:00.000Z',
  expiresAt: '2026-03-04T08:00:00.000Z',
}

/** `count` points a `period` apart ending at FIXED_NOW, valued by `value(i)`. */
export function series(count: number, period: number, value: (i: number) => number) {
  return Array.from({ length: count }, (_, i) => ({
    at: new Date(FIXED_NOW - (count - 1 - i) * period * 1000).toISOString(),
    value: value(i),
  }))
}

export function sampleMonitor(count = 12, period = 300): ServerMonitor {
  return {
    cpu: series(count, period, (i) => 4 + (i % 3)),
    memory: series(count, period, (i) => 12 + i / 10),
    tcpConnections: series(count, period, (i) => 20 + i),
    wanIn: series(count, period, () => 6.1),
    wanOut: series(count, period, (i) => (i === 3 ? 9.5 : 0.4)),
  }
}

/**
 * A fake bridge holding the servers like Thordata would: a restart marks the server "Restarting" until the test
 * brings it back with `finishRestart`.
 */
export function unlimitedBridge(initial: UnlimitedServer[] = [siliconValley, frankfurt, singapore]) {
  const fake = createFakeBridge({ session: demoSession })
  let servers = initial.map((s) => ({ ...s }))
  const set = (planName: string, patch: Partial<UnlimitedServer>) => {
    servers = servers.map((s) => (s.planName === planName ? { ...s, ...patch } : s))
  }
  fake.respond('unlimited.servers', () => ok({ servers, skipped: 0 }))
  fake.respond('unlimited.restart', ({ planName }) => {
    set(planName, { statusText: 'Restarting', running: false })
    return ok(undefined)
  })
  fake.respond('unlimited.monitor', ({ period }) => ok(sampleMonitor(12, period ?? 300)))
  const finishRestart = (planName: string) => set(planName, { statusText: 'Turn on', running: true })
  return Object.assign(fake, { finishRestart })
}
