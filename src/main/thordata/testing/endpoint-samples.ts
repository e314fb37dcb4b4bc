import type { Simulator } from '../../simulator'
import type { ThordataClient } from '../index'

/**
 * One sample call per client method, keyed `section.method`, valid against a freshly seeded simulator. The fault
 * matrix runs every fault against every entry, and fails when a client method has none: a new endpoint is covered
 * from the day it is added, by adding its line here.
 */
export interface EndpointSample {
  /** What goes on the wire: a GET (read), a POST (change) or nothing (a link built locally). */
  method: 'GET' | 'POST' | 'none'
  /** A substring of the request path, for faults; the API path (or the extract link's path). */
  path: string
  /** A POST that only reads (§7.7's bound-user list): it follows the GET policy and reads like a GET. */
  read?: boolean
  /** Served from the extract host (one host, no failover) rather than the API hosts. */
  extract?: boolean
  call(client: ThordataClient, sim: Simulator): Promise<unknown>
}

const GB = 1024 ** 3
const running = (sim: Simulator) => {
  const server = sim.state.servers.find((s) => s.region && s.restartingUntil === null) ?? sim.state.servers[0]
  if (!server) throw new Error('the seeded account has no unlimited server')
  return server
}
const lastDays = (sim: Simulator) => {
  const days = sim.state.accountUsage.slice(-7)
  return { from: days[0].date, to: days[days.length - 1].date }
}
const firstWhitelisted = (sim: Simulator) => {
  const entry = sim.state.whitelist[2][0]
  if (!entry) throw new Error('the seeded account has no unlimited whitelist entry')
  return entry.ip
}

export const endpointSamples: Record<string, EndpointSample> = {
  'account.trafficBalance': {
    method: 'GET',
    path: '/account/traffic-balance',
    call: (c) => c.account.trafficBalance(),
  },
  'account.walletBalance': { method: 'GET', path: '/account/wallet-balance', call: (c) => c.account.walletBalance() },
  'account.usage': { method: 'GET', path: '/account/usage-statistics', call: (c, s) => c.account.usage(lastDays(s)) },

  'locations.countries': {
    method: 'GET',
    path: '/locations/countries',
    call: (c) => c.locations.countries({ product: 'residential' }),
  },
  'locations.states': {
    method: 'GET',
    path: '/locations/states',
    call: (c) => c.locations.states({ product: 'residential', countryCode: 'us' }),
  },
  'locations.cities': {
    method: 'GET',
    path: '/locations/cities',
    call: (c) => c.locations.cities({ product: 'residential', countryCode: 'us' }),
  },
  'locations.asns': {
    method: 'GET',
    path: '/locations/asn',
    call: (c) => c.locations.asns({ product: 'residential', countryCode: 'us' }),
  },

  'proxyUsers.list': {
    method: 'GET',
    path: '/proxy-users/user-list',
    call: (c) => c.proxyUsers.list({ product: 'residential' }),
  },
  'proxyUsers.create': {
    method: 'POST',
    path: '/proxy-users/create-user',
    call: (c) =>
      c.proxyUsers.create({
        product: 'residential',
        username: 'matrix01',
        password: 'Matrix123',
        trafficLimitBytes: 0,
        enabled: true,
      }),
  },
  'proxyUsers.update': {
    method: 'POST',
    path: '/proxy-users/update-user',
    call: (c, s) => {
      const user = s.state.proxyUsers[1][0]
      return c.proxyUsers.update({
        product: 'residential',
        username: user.username,
        next: { username: user.username, password: 'Changed123', trafficLimitBytes: 0, enabled: true },
      })
    },
  },
  'proxyUsers.delete': {
    method: 'POST',
    path: '/proxy-users/delete-user',
    call: (c, s) => c.proxyUsers.delete({ product: 'residential', username: s.state.proxyUsers[1][0].username }),
  },
  'proxyUsers.usage': {
    method: 'GET',
    path: '/proxy-users/usage-statistics',
    call: (c, s) =>
      c.proxyUsers.usage({ product: 'residential', username: s.state.proxyUsers[1][0].username, ...lastDays(s) }),
  },
  'proxyUsers.usageHourly': {
    method: 'GET',
    path: '/proxy-users/usage-statistics-hour',
    call: (c, s) => {
      const { to } = lastDays(s)
      return c.proxyUsers.usageHourly({
        product: 'residential',
        username: s.state.proxyUsers[1][0].username,
        from: `${to} 00`,
        to: `${to} 23`,
      })
    },
  },

  'whitelist.list': {
    method: 'GET',
    path: '/whitelisted-ips/ip-list',
    call: (c) => c.whitelist.list({ product: 'unlimited' }),
  },
  'whitelist.add': {
    method: 'POST',
    path: '/whitelisted-ips/add-ip',
    call: (c) => c.whitelist.add({ product: 'residential', ip: '198.51.100.44', enabled: true }),
  },
  'whitelist.delete': {
    method: 'POST',
    path: '/whitelisted-ips/delete-ip',
    call: (c, s) => c.whitelist.delete({ product: 'unlimited', ip: firstWhitelisted(s) }),
  },

  'proxies.list': { method: 'GET', path: '/proxy/proxy-list', call: (c) => c.proxies.list({ product: 'isp' }) },
  'proxies.expirations': {
    method: 'GET',
    path: '/proxy/expiration-time',
    call: (c, s) => c.proxies.expirations({ product: 'isp', ips: [s.state.staticProxies[1][0].ip] }),
  },

  'unlimited.list': { method: 'GET', path: '/unlimited/server-list', call: (c) => c.unlimited.list() },
  'unlimited.restart': {
    method: 'POST',
    path: '/unlimited/restart-server',
    call: (c, s) => c.unlimited.restart({ planName: running(s).planName }),
  },
  'unlimited.monitor': {
    method: 'GET',
    path: '/unlimited/server-monitor',
    call: (c, s) => {
      const server = running(s)
      const now = s.state.usageRecordedUntil
      return c.unlimited.monitor({
        insId: server.insId,
        region: server.region,
        from: new Date(now - 3_600_000).toISOString(),
        to: new Date(now).toISOString(),
        period: 300,
      })
    },
  },
  // §7.6: the same window as the server monitor, answered in the {status_code, payload} envelope.
  'unlimited.balancingMonitor': {
    method: 'GET',
    path: '/unlimited/balancing-monitor',
    call: (c, s) => {
      const server = running(s)
      const now = s.state.usageRecordedUntil
      return c.unlimited.balancingMonitor({
        insId: server.insId,
        region: server.region,
        from: new Date(now - 3_600_000).toISOString(),
        to: new Date(now).toISOString(),
        period: 300,
      })
    },
  },
  'unlimited.renew': {
    method: 'POST',
    path: '/unlimited/renew',
    call: (c, s) => c.unlimited.renew({ insId: running(s).insId, packageId: 27 }),
  },
  'unlimited.upgrade': {
    method: 'POST',
    path: '/unlimited/upgrade',
    call: (c, s) => {
      const server = s.state.servers.find((x) => x.svId !== 4) ?? running(s)
      s.state.walletBalance = 100_000
      return c.unlimited.upgrade({ insId: server.insId, bandwidthId: 9, machineId: 4 })
    },
  },
  // §7.7: the first seeded server has crawlfarm1 and socialops bound, not adverify9.
  'unlimitedBindings.list': {
    method: 'POST',
    read: true,
    path: '/get_unlimited_servers_bind_user',
    call: (c, s) => c.unlimitedBindings.list({ server: s.state.servers[0].planName }),
  },
  'unlimitedBindings.add': {
    method: 'POST',
    path: '/add_unlimited_servers_bind_user',
    call: (c, s) => c.unlimitedBindings.add({ server: s.state.servers[0].planName, username: 'adverify9' }),
  },
  'unlimitedBindings.remove': {
    method: 'POST',
    path: '/del_unlimited_servers_bind_user',
    call: (c, s) => c.unlimitedBindings.remove({ server: s.state.servers[0].ip, username: 'crawlfarm1' }),
  },

  'extract.link': {
    method: 'none',
    path: '/extract/api',
    call: (c) => c.extract.link({ product: 'residential', session: 'sticky', count: 1, country: 'us' }),
  },
  'extract.target': {
    method: 'none',
    path: '/extract/',
    call: (c) => c.extract.target(),
  },
  'extract.fetch': {
    method: 'GET',
    path: '/extract/unlimited_api',
    extract: true,
    call: (c, s) =>
      c.extract.fetch({
        product: 'unlimited',
        session: 'rotating',
        count: 2,
        server: running(s).planName.split('.')[0],
      }),
  },

  'cdk.create': { method: 'POST', path: '/cdk/create', call: (c) => c.cdk.create({ trafficBytes: GB, count: 1 }) },
  'cdk.list': { method: 'GET', path: '/cdk/list', call: (c) => c.cdk.list({}) },
  'cdk.revoke': {
    method: 'POST',
    path: '/cdk/revoke',
    call: (c, s) => {
      const unused = s.state.cdks.find((k) => k.status === 1)
      if (!unused) throw new Error('the seeded account has no unused CDK')
      return c.cdk.revoke({ cdk: unused.cdk })
    },
  },
  'cdk.info': { method: 'GET', path: '/cdk/info', call: (c, s) => c.cdk.info({ cdk: s.state.cdks[0].cdk }) },
}
