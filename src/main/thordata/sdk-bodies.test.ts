import { describe, expect, it } from 'vitest'
import { parseExtractReply } from './extract'
import type { ThordataClient } from './index'
import { clientWith } from './testing/client'
import { type SdkEndpoint, sdkBodies, sdkBodiesWithoutEndpoint, sdkEmptyData } from './testing/sdk-bodies'

/**
 * Every reply body from Thordata's own SDK test suites (testing/sdk-bodies.ts, each with its source) goes through
 * the real client for its endpoint, and the test states what a user would see. Units are pinned so the figures do
 * not depend on settings: balance MB, usage KB, proxy users MB, CDK GB (the documented ones).
 */
const KB = 1024
const MB = 1024 ** 2
const units = { balanceUnit: 'MB', usageUnit: 'KB', userTrafficUnit: 'MB', cdkUnit: 'GB' } as const
const range = { from: '2024-01-01', to: '2024-01-07' }

const calls: Record<SdkEndpoint, (c: ThordataClient) => Promise<unknown>> = {
  trafficBalance: (c) => c.account.trafficBalance(),
  walletBalance: (c) => c.account.walletBalance(),
  usage: (c) => c.account.usage(range),
  countries: (c) => c.locations.countries({ product: 'residential' }),
  states: (c) => c.locations.states({ product: 'residential', countryCode: 'us' }),
  cities: (c) => c.locations.cities({ product: 'residential', countryCode: 'us', stateCode: 'wa' }),
  asns: (c) => c.locations.asns({ product: 'residential', countryCode: 'us' }),
  'proxyUsers.list': (c) => c.proxyUsers.list({ product: 'residential' }),
  'proxyUsers.create': (c) =>
    c.proxyUsers.create({
      product: 'residential',
      username: 'newuser',
      password: 'Pass1234',
      trafficLimitBytes: 0,
      enabled: true,
    }),
  'proxyUsers.update': (c) =>
    c.proxyUsers.update({
      product: 'residential',
      username: 'user01',
      next: { username: 'user01', password: 'Pass1234', trafficLimitBytes: 0, enabled: true },
    }),
  'proxyUsers.delete': (c) => c.proxyUsers.delete({ product: 'residential', username: 'user01' }),
  'proxyUsers.usage': (c) => c.proxyUsers.usage({ product: 'residential', username: 'user01', ...range }),
  'proxyUsers.usageHourly': (c) =>
    c.proxyUsers.usageHourly({
      product: 'residential',
      username: 'user01',
      from: '2024-01-01 00',
      to: '2024-01-01 23',
    }),
  'whitelist.list': (c) => c.whitelist.list({ product: 'residential' }),
  'whitelist.add': (c) => c.whitelist.add({ product: 'residential', ip: '1.2.3.4' }),
  'whitelist.delete': (c) => c.whitelist.delete({ product: 'residential', ip: '1.2.3.4' }),
  'proxies.list': (c) => c.proxies.list({ product: 'isp' }),
  'proxies.expirations': (c) => c.proxies.expirations({ product: 'isp', ips: ['1.2.3.4'] }),
  'unlimited.list': (c) => c.unlimited.list(),
  'unlimited.restart': (c) => c.unlimited.restart({ planName: 'plan1' }),
  'unlimited.renew': (c) => c.unlimited.renew({ insId: 'ins1', packageId: 8 }),
  'unlimited.upgrade': (c) => c.unlimited.upgrade({ insId: 'ins1', bandwidthId: 1, machineId: 2 }),
  'cdk.list': (c) => c.cdk.list(),
  extract: async () => {
    throw new Error('the extract link is read by parseExtractReply')
  },
}

async function read(endpoint: SdkEndpoint, body: unknown): Promise<unknown> {
  if (endpoint === 'extract') return parseExtractReply(typeof body === 'string' ? body : JSON.stringify(body), 200)
  const { client } = clientWith([{ json: body }], units)
  return calls[endpoint](client)
}

const proxy = (ip: string, port: number) => ({ ip, port, username: 'u', password: 'p' })
const noServers = { servers: [], skipped: 1 }
const notReturned = { orderId: null, amount: null }

/** What the user sees for each body. A body without an entry here fails the last test. */
const expected: Record<string, unknown> = {
  'py-usage-statistics': { totalUsedBytes: 1000 * KB, remainingBytes: 2000 * KB, rangeUsedBytes: 500 * KB, days: [] },
  'py-usage-statistics-zero': { totalUsedBytes: 0, remainingBytes: 0, rangeUsedBytes: 0, days: [] },
  'py-traffic-balance': { remainingBytes: Math.round(123.45 * MB), expiresOn: null },
  'py-wallet-balance': { amount: 99.99, currency: 'USD' },
  'py-proxy-user-usage': {
    totalUsedBytes: null,
    remainingBytes: null,
    rangeUsedBytes: 100 * KB,
    days: [{ date: '2024-01-01', usedBytes: 100 * KB }],
    trafficLimitBytes: null,
  },
  'py-proxy-user-usage-hour': {
    username: 'user01',
    from: '2024-01-01 00',
    to: '2024-01-01 23',
    rangeUsedBytes: 10 * KB,
    hours: [{ hour: '2024-01-01 12', usedBytes: 10 * KB }],
  },
  'py-countries': [{ code: 'US', name: 'United States' }],
  'py-states': [{ countryCode: 'US', code: 'wa', name: 'Washington' }],
  'py-cities': [{ countryCode: 'US', stateCode: null, stateName: null, code: 'seattle', name: 'Seattle' }],
  'py-asn': [{ countryCode: 'US', code: 'AS12345', name: 'ASN1' }],
  'py-whitelist-add': undefined,
  'py-whitelist-delete': undefined,
  'py-whitelist-strings': {
    ipCount: 2,
    entries: [expect.objectContaining({ ip: '1.2.3.4' }), expect.objectContaining({ ip: '5.6.7.8' })],
    skipped: 0,
  },
  'py-whitelist-objects': { ipCount: 1, entries: [{ ip: '1.2.3.4', enabled: true, createdOn: null }], skipped: 0 },
  'py-proxy-users': {
    quota: { limit: 10, remainingLimit: 5, userCount: 1 },
    users: [{ username: 'u1', password: 'p1', enabled: true, trafficLimitBytes: 0, usedBytes: 0, createdOn: null }],
    skipped: 0,
  },
  'py-proxy-user-create': undefined,
  'py-proxy-user-update': undefined,
  'py-proxy-user-delete': undefined,
  'py-proxy-list': { proxies: [expect.objectContaining(proxy('1.2.3.4', 9999))], skipped: 0 },
  'py-expiration-map': { expirations: [{ ip: '1.2.3.4', expiresAt: '2025-01-01T00:00:00.000Z' }], skipped: 0 },
  'py-extract-txt': [
    { host: '1.2.3.4', port: 8080 },
    { host: '5.6.7.8', port: 8080 },
  ],
  'py-extract-json': [
    { host: '1.2.3.4', port: 8080 },
    { host: '5.6.7.8', port: 8080 },
  ],
  'py-extract-unlimited-json': [{ host: '1.2.3.4', port: 9999 }],
  // `{ip, port}` rows carry neither plan_name nor ins_id: the list opens and says one row could not be read.
  'py-unlimited-list': noServers,
  'py-unlimited-restart': undefined,
  'py-unlimited-renew': notReturned,
  'py-unlimited-upgrade': notReturned,
  'py-async-unlimited-list': noServers,
  'py-async-unlimited-restart': undefined,
  'py-async-unlimited-renew': notReturned,
  // No range figure and no days: the totals are what this reply says.
  'spec-usage-statistics': { totalUsedBytes: 104857600 * KB, remainingBytes: 524288000 * KB, days: [] },
  'spec-proxy-list': { proxies: [expect.objectContaining(proxy('1.2.3.4', 8888))], skipped: 0 },
  'go-countries': [{ code: 'US', name: 'United States' }],
  'java-countries': [{ code: 'US', name: 'US' }],
}

describe("bodies from Thordata's own SDK test suites", () => {
  it.each(sdkBodies.map((b) => [b.id, b] as const))('%s reads as the SDK reads it', async (_id, b) => {
    const result = await read(b.endpoint, b.body)
    const want = expected[b.id]
    if (want === undefined || Array.isArray(want)) expect(result).toEqual(want)
    else expect(result).toMatchObject(want as object)
  })

  const lists: [SdkEndpoint, unknown][] = [
    ['countries', []],
    ['proxyUsers.list', { users: [], skipped: 0 }],
    ['whitelist.list', { entries: [], ipCount: 0, skipped: 0 }],
    ['proxies.list', { proxies: [], skipped: 0 }],
    ['proxies.expirations', { expirations: [], skipped: 0 }],
    ['unlimited.list', { servers: [], skipped: 0 }],
    ['cdk.list', { cdks: [], skipped: 0 }],
  ]
  it.each(lists)(`reads the suite's empty data {} as an empty %s`, async (endpoint, want) => {
    const result = await read(endpoint, sdkEmptyData.body)
    if (Array.isArray(want)) expect(result).toEqual(want)
    else expect(result).toMatchObject(want as object)
  })

  it('states an expectation for every collected body', () => {
    expect(sdkBodies.map((b) => b.id).filter((id) => !(id in expected))).toEqual([])
    expect(new Set(sdkBodies.map((b) => b.id)).size).toBe(sdkBodies.length)
    expect(sdkBodies).toHaveLength(34)
    expect(sdkBodiesWithoutEndpoint).toHaveLength(3)
  })
})

/** Shapes that the SDKs' parsing code accepts (no test body shows them); each names the code it comes from. */
describe("shapes the SDKs' parsing code accepts", () => {
  const server = { plan_name: 'a.proxy.thordata.net', ins_id: 'i1' }
  const cdk = { cdk: 'A1', create_time: 1750000000, status: 1, traffic: 2 }

  // Python client.py list_proxy_servers `data.get("data", data.get("list", []))`; JS client.ts listProxyServers
  // `data.data ?? data.list ?? []`; Java ThordataClient.listProxyServers `m.containsKey("list")`.
  it.each([
    ['proxies.list', proxy('1.2.3.4', 9999), 'proxies'],
    ['unlimited.list', server, 'servers'],
    ['cdk.list', cdk, 'cdks'],
  ] as const)('reads a list at the top level of the envelope for %s', async (endpoint, row, key) => {
    expect(await read(endpoint, { code: 200, list: [row] })).toMatchObject({ [key]: [expect.any(Object)], skipped: 0 })
  })

  // Go thordata/public.go ListProxyServers (`data.list` or `data.data`); Python unlimited.py list_servers comment
  // ("{ "data": { "list": [...] } } sometimes").
  it('reads a list nested under data.list', async () => {
    expect(await read('proxies.list', { code: 200, data: { list: [proxy('1.2.3.4', 1)] } })).toMatchObject({
      proxies: [{ ip: '1.2.3.4' }],
    })
    expect(await read('unlimited.list', { code: 200, data: { list: [server] } })).toMatchObject({
      servers: [{ insId: 'i1' }],
    })
  })

  // Python types/proxy.py ProxyUserList.from_dict: `data.get("list")`, else a list under `data`.
  it('reads proxy users listed under data.data', async () => {
    const body = { code: 200, data: { limit: 3, data: [{ username: 'u1', password: 'p1', status: true }] } }
    expect(await read('proxyUsers.list', body)).toMatchObject({ users: [{ username: 'u1' }], skipped: 0 })
  })

  // Java ThordataClient.getUsageStatistics returns the whole payload when it has no `data`; Go public.go notes
  // the fields come "directly in root or in data".
  it('reads usage figures at the top level when the reply has no data', async () => {
    expect(await read('usage', { code: 200, total_usage_traffic: 10, traffic_balance: 20 })).toMatchObject({
      totalUsedBytes: 10 * KB,
      remainingBytes: 20 * KB,
    })
  })
})
