/*
 * Module map of thordata/ (the API's mess stops here; everything above sees domain types and AppErrors):
 *   config.ts     hosts, timeouts, retry count and the unit of every doubtful traffic figure
 *   transport.ts  auth placement, timeouts, GET retry/failover, POST sent once   (envelope.ts, retry.ts)
 *   errors.ts     the one table from Thordata's codes and HTTP statuses to AppError
 *   purchase.ts   a purchase whose outcome is unknown: marked so, never retried, "check the list first"
 *   parse.ts      tolerant reading: JSON slips, number/boolean/date variants, list keys, units into bytes
 *   products.ts   product name → proxy_type, per endpoint group
 *   balance-unit.ts  which unit the balance is in, judged against the usage report (-service.ts: per account, on disk)
 *   account, locations, proxy-users, whitelist, proxies, unlimited, extract, cdk: one module per API section
 *   testing/      fake fetch and simulator wiring for this folder's tests
 */
import { createAccountApi } from './account'
import { createCdkApi } from './cdk'
import { createExtractApi } from './extract'
import { createLocationsApi } from './locations'
import { createProxiesApi } from './proxies'
import { createProxyUsersApi } from './proxy-users'
import { createTransport, type TransportDeps } from './transport'
import { createUnlimitedApi } from './unlimited'
import { createUnlimitedBindingsApi } from './unlimited-bindings'
import { createWhitelistApi } from './whitelist'

export type { ThordataConfig } from './config'
export { defaultThordataConfig, thordataConfigFromSettings } from './config'
export { buildExtractUrl } from './extract'
export type { TransportDeps as ThordataClientDeps } from './transport'

/**
 * The Thordata API as clean domain calls. Each call reads the config and the credentials when it runs, so settings,
 * demo mode and a new key take effect on the next request. Every failure is an AppErrorException.
 */
export function createThordataClient(deps: TransportDeps) {
  const transport = createTransport(deps)
  return {
    account: createAccountApi(transport, deps.config),
    locations: createLocationsApi(transport),
    proxyUsers: createProxyUsersApi(transport, deps.config),
    whitelist: createWhitelistApi(transport),
    proxies: createProxiesApi(transport),
    unlimited: createUnlimitedApi(transport),
    unlimitedBindings: createUnlimitedBindingsApi(transport),
    extract: createExtractApi(transport),
    cdk: createCdkApi(transport, deps.config),
  }
}

export type ThordataClient = ReturnType<typeof createThordataClient>
