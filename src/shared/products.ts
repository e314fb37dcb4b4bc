/**
 * Thordata's products, declared once. Each names the catalog key of its label and, per endpoint group (a
 * "section" of the app), the `proxy_type` number that group uses for it: Thordata numbers them differently per
 * group (reference §1.5). A product is offered in a section exactly when it has a number there. Every product
 * enum (src/shared/domain), the main-process numbers (src/main/thordata/products.ts) and the product switch
 * (src/renderer/src/ui/ProductSwitch.tsx) derive from this table. The extract links take no `proxy_type`: each
 * product has its own path (reference §8.1, §8.2), so a product is offered there when it has an `extractPath`.
 */
export const products = {
  residential: {
    label: 'common:products.residential',
    proxyType: { locations: 1, proxyUsers: 1, whitelist: 1 },
    extractPath: '/api',
  },
  unlimited: {
    label: 'common:products.unlimited',
    proxyType: { locations: 2, proxyUsers: 2, whitelist: 2 },
    extractPath: '/unlimited_api',
  },
  mobile: {
    label: 'common:products.mobile',
    // Newer docs add mobile to proxy users (3); the whitelist has always numbered it 9.
    proxyType: { proxyUsers: 3, whitelist: 9 },
  },
  isp: {
    label: 'common:products.isp',
    proxyType: { staticProxies: 1 },
  },
  datacenter: {
    label: 'common:products.datacenter',
    proxyType: { staticProxies: 2 },
  },
} as const satisfies Record<
  string,
  { label: `common:products.${string}`; proxyType: Partial<Record<ProxyTypeSection, number>>; extractPath?: string }
>

/** The endpoint groups that take a `proxy_type`: the app's sections that switch between products. */
export const sections = ['locations', 'proxyUsers', 'whitelist', 'staticProxies'] as const
export type ProxyTypeSection = (typeof sections)[number]
/** Every section that switches between products: the `proxy_type` ones and the extract links. */
export type Section = ProxyTypeSection | 'extractLinks'

export type ProductId = keyof typeof products
export const productIds = Object.keys(products) as ProductId[]

/** The products a section offers, as a type: those with a `proxy_type` number there. */
export type ProductIn<S extends Section> = {
  [P in ProductId]: S extends 'extractLinks'
    ? 'extractPath' extends keyof (typeof products)[P]
      ? P
      : never
    : S extends keyof (typeof products)[P]['proxyType']
      ? P
      : never
}[ProductId]

/** The products a section offers, in the registry's order, as a non-empty tuple (what z.enum takes). */
export function productsIn<S extends Section>(section: S): [ProductIn<S>, ...ProductIn<S>[]] {
  const found = productIds.filter((id) =>
    section === 'extractLinks' ? 'extractPath' in products[id] : section in products[id].proxyType,
  ) as ProductIn<S>[]
  if (found.length === 0) throw new Error(`No product is offered in ${section}`)
  return found as [ProductIn<S>, ...ProductIn<S>[]]
}

/** The `proxy_type` number a section's endpoints use for a product it offers. */
export function proxyTypeOf<S extends ProxyTypeSection>(section: S, product: ProductIn<S>): number {
  const numbers = products[product].proxyType as Partial<Record<ProxyTypeSection, number>>
  const value = numbers[section]
  if (value === undefined) throw new Error(`${product} is not offered in ${section}`)
  return value
}

/** The path of a product's extract link, appended to the extract host. */
export const extractPathOf = (product: ProductIn<'extractLinks'>): string => products[product].extractPath

/** The catalog key of a product's label, for `t(labelKey(id))`. */
export const labelKey = (product: ProductId) => products[product].label
