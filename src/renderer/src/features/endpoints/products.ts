import { gateways } from '@shared/domain/endpoint'
import { type ProductIn, productsIn } from '@shared/products'

/** The proxy-user products that have a shared gateway, in the registry's order (residential, mobile). */
export const endpointProductList = productsIn('proxyUsers').filter((p) => p in gateways) as (keyof typeof gateways &
  ProductIn<'proxyUsers'>)[]
