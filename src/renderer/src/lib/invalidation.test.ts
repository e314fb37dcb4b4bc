import { accountSession, demoSession } from '@renderer/test-utils/fakeBridge'
import { type Channel, channels, contract } from '@shared/ipc/contract'
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { invalidateAfter } from './invalidation'
import { keyFor } from './queries'
import { sessionKey } from './session'

// Channels that change nothing the window caches: reads, and actions outside the app's data.
const reads: Channel[] = [
  'session.get',
  'account.trafficBalance',
  'account.walletBalance',
  'account.usage',
  'account.balanceUnit',
  'locations.countries',
  'locations.states',
  'locations.cities',
  'locations.asns',
  'proxyUsers.list',
  'proxyUsers.names',
  'proxyUsers.usage',
  'proxyUsers.usageHourly',
  'whitelist.list',
  'whitelist.publicIp',
  // Extract links: copying and testing change nothing cached (a 118 reaches the window as session.changed).
  'extract.target',
  'extract.copy',
  'extract.test',
  'unlimited.servers',
  'unlimited.monitor',
  'unlimited.balancingMonitor',
  'unlimited.boundUsers',
  // ISP / datacenter: the expiration check, a reveal, a copy and the CSV read what Thordata keeps, change nothing.
  'staticProxies.list',
  'staticProxies.expirations',
  'staticProxies.reveal',
  'staticProxies.copy',
  'staticProxies.csv',
  'cdk.list',
  'cdk.info',
  // Endpoints: copying, revealing and testing through a proxy change nothing Thordata keeps.
  'endpoints.copy',
  'endpoints.reveal',
  'proxy.test',
  'settings.get',
  'app.info',
  'app.openExternal',
  'app.copyText',
  'updater.status',
]

const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .findAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => query.queryKey)

function seeded() {
  const client = new QueryClient()
  const keys = [
    keyFor('account.trafficBalance'),
    keyFor('proxyUsers.list', { product: 'residential' }),
    keyFor('proxyUsers.list', { product: 'unlimited' }),
    keyFor('whitelist.list', { product: 'residential' }),
    keyFor('locations.countries', { product: 'residential' }),
    keyFor('settings.get'),
  ]
  for (const key of keys) client.setQueryData(key, 'cached')
  return client
}

describe('the invalidation table', () => {
  it('has every state-changing channel declare what it makes stale, and every read nothing', () => {
    for (const channel of channels) {
      const declared = contract[channel].invalidates
      if (reads.includes(channel)) expect(declared, channel).toEqual([])
      else expect(declared.length, channel).toBeGreaterThan(0)
    }
  })

  it('refetches only the product that was written', async () => {
    const client = seeded()
    await invalidateAfter(client, 'proxyUsers.create', {
      product: 'residential',
      username: 'alice01',
      password: 'a12345',
      trafficLimitGb: null,
      enabled: true,
    } as never)
    expect(stale(client)).toEqual([keyFor('proxyUsers.list', { product: 'residential' })])
  })

  it('stores a settings answer as is and refetches every account figure', async () => {
    const client = seeded()
    const saved = { language: 'en' } as never
    await invalidateAfter(client, 'settings.update', {}, saved)
    expect(client.getQueryData(keyFor('settings.get'))).toBe(saved)
    expect(stale(client)).not.toContainEqual(keyFor('settings.get'))
    expect(stale(client)).toContainEqual(keyFor('account.trafficBalance'))
    expect(stale(client)).toContainEqual(keyFor('locations.countries', { product: 'residential' }))
  })

  it('refetches the extract host after settings change, so the preview matches what Copy writes', async () => {
    for (const channel of ['settings.update', 'settings.reset'] as const) {
      const client = seeded()
      client.setQueryData(keyFor('extract.target'), { baseUrl: 'https://old.example', accountName: 'a' })
      await invalidateAfter(client, channel, (channel === 'settings.update' ? {} : undefined) as never, {} as never)
      expect(stale(client), channel).toContainEqual(keyFor('extract.target'))
    }
  })

  it('stores a new session and drops the previous account data', async () => {
    const client = seeded()
    client.setQueryData(sessionKey, demoSession)
    await invalidateAfter(client, 'session.connect', undefined as never, accountSession())
    expect(client.getQueryData(sessionKey)).toEqual(accountSession())
    expect(client.getQueryData(keyFor('account.trafficBalance'))).toBeUndefined()
    expect(client.getQueryData(keyFor('settings.get'))).toBe('cached')
  })

  it('makes nothing stale after a read', async () => {
    const client = seeded()
    await invalidateAfter(client, 'proxyUsers.list', { product: 'residential' })
    expect(stale(client)).toEqual([])
  })
})
