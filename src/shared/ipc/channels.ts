/**
 * The names of every IPC channel and event, without their schemas: the preload needs only these, so it stays
 * free of zod. contract.ts declares each channel's schema and output type and is checked against this list.
 */
export const channels = [
  'session.get',
  'session.connect',
  'session.startDemo',
  'session.signOut',
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
  'proxyUsers.create',
  'proxyUsers.update',
  'proxyUsers.delete',
  'proxyUsers.usage',
  'proxyUsers.usageHourly',
  'whitelist.list',
  'whitelist.add',
  'whitelist.addMany',
  'whitelist.cancelBatch',
  'whitelist.delete',
  'whitelist.publicIp',
  'endpoints.copy',
  'endpoints.reveal',
  'proxy.test',
  'extract.target',
  'extract.copy',
  'extract.test',
  'unlimited.servers',
  'presets.save',
  'presets.rename',
  'presets.delete',
  'presets.setDefault',
  'settings.get',
  'settings.update',
  'settings.reset',
  'app.info',
  'app.openExternal',
  'app.copyText',
  'updater.status',
  'updater.check',
  'updater.download',
  'updater.install',
] as const
export type Channel = (typeof channels)[number]

export const eventNames = [
  'session.changed',
  'updater.status',
  'data.invalidate',
  'whitelist.batchProgress',
  'account.trafficBalance',
  'account.walletBalance',
  'account.usage',
] as const
export type EventName = (typeof eventNames)[number]

export const BRIDGE_GLOBAL = 'thordata' as const
