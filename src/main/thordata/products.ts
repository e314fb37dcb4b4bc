import type { PlanProduct } from '@shared/domain/locations'
import type { StaticProduct } from '@shared/domain/proxies'
import type { ProxyUserProduct } from '@shared/domain/proxy-users'
import type { WhitelistProduct } from '@shared/domain/whitelist'

/**
 * Thordata numbers `proxy_type` differently per endpoint group (reference §1.5). Callers name the product;
 * this is the only place that knows the numbers.
 */
const locations: Record<PlanProduct, number> = { residential: 1, unlimited: 2 }
const proxyUsers: Record<ProxyUserProduct, number> = { residential: 1, unlimited: 2, mobile: 3 }
const whitelist: Record<WhitelistProduct, number> = { residential: 1, unlimited: 2, mobile: 9 }
const staticProxies: Record<StaticProduct, number> = { isp: 1, datacenter: 2 }

/** Locations: 1 residential, 2 unlimited. */
export const locationProxyType = (product: PlanProduct): number => locations[product]

/** Proxy users: 1 residential, 2 unlimited, 3 mobile (newer docs). */
export const proxyUserProxyType = (product: ProxyUserProduct): number => proxyUsers[product]

/** Whitelist IPs: 1 residential, 2 unlimited, 9 mobile. */
export const whitelistProxyType = (product: WhitelistProduct): number => whitelist[product]

/** ISP / datacenter proxy list and expiration: 1 ISP, 2 datacenter. */
export const staticProxyType = (product: StaticProduct): number => staticProxies[product]
