import type { PlanProduct } from '@shared/domain/locations'
import type { StaticProduct } from '@shared/domain/proxies'
import type { ProxyUserProduct } from '@shared/domain/proxy-users'
import type { WhitelistProduct } from '@shared/domain/whitelist'
import { proxyTypeOf } from '@shared/products'

// Thordata numbers `proxy_type` differently per endpoint group (reference §1.5); the numbers live in the product
// registry (src/shared/products.ts). Callers name the product.

/** Locations: 1 residential, 2 unlimited. */
export const locationProxyType = (product: PlanProduct): number => proxyTypeOf('locations', product)

/** Proxy users: 1 residential, 2 unlimited, 3 mobile (newer docs). */
export const proxyUserProxyType = (product: ProxyUserProduct): number => proxyTypeOf('proxyUsers', product)

/** Whitelist IPs: 1 residential, 2 unlimited, 9 mobile. */
export const whitelistProxyType = (product: WhitelistProduct): number => proxyTypeOf('whitelist', product)

/** ISP / datacenter proxy list and expiration: 1 ISP, 2 datacenter. */
export const staticProxyType = (product: StaticProduct): number => proxyTypeOf('staticProxies', product)
