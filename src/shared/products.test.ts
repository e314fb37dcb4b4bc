import { describe, expect, it } from 'vitest'
import { planProduct } from './domain/locations'
import { staticProduct } from './domain/proxies'
import { proxyUserProduct } from './domain/proxy-users'
import { whitelistProduct } from './domain/whitelist'
import { en } from './i18n/en'
import { zhCN } from './i18n/zh-CN'
import { extractPathOf, labelKey, productIds, productsIn, proxyTypeOf, sections } from './products'

describe('product registry', () => {
  it('numbers proxy_type per endpoint group as Thordata documents (reference §1.5)', () => {
    const table = Object.fromEntries(
      sections.map((section) => [
        section,
        Object.fromEntries(productsIn(section).map((id) => [id, proxyTypeOf(section, id as never)])),
      ]),
    )
    expect(table).toEqual({
      locations: { residential: 1, unlimited: 2 },
      proxyUsers: { residential: 1, unlimited: 2, mobile: 3 },
      whitelist: { residential: 1, unlimited: 2, mobile: 9 },
      staticProxies: { isp: 1, datacenter: 2 },
    })
  })

  it('gives each section distinct numbers, so no two products reach the same endpoint data', () => {
    for (const section of sections) {
      const numbers = productsIn(section).map((id) => proxyTypeOf(section, id as never))
      expect(new Set(numbers).size).toBe(numbers.length)
    }
  })

  it('is what the input schemas accept, and nothing else', () => {
    expect(planProduct.options).toEqual(productsIn('locations'))
    expect(proxyUserProduct.options).toEqual(productsIn('proxyUsers'))
    expect(whitelistProduct.options).toEqual(productsIn('whitelist'))
    expect(staticProduct.options).toEqual(productsIn('staticProxies'))
    expect(proxyUserProduct.safeParse('isp').success).toBe(false)
    expect(staticProduct.safeParse('residential').success).toBe(false)
  })

  it('offers the extract links for residential and unlimited, each on its own path (reference §8.1, §8.2)', () => {
    expect(productsIn('extractLinks')).toEqual(['residential', 'unlimited'])
    expect(productsIn('extractLinks').map(extractPathOf)).toEqual(['/api', '/unlimited_api'])
  })

  it('refuses a product in a section that does not offer it', () => {
    expect(() => proxyTypeOf('locations', 'mobile' as never)).toThrow(/not offered/)
  })

  it('has a label for every product in English and Chinese', () => {
    for (const id of productIds) {
      const [namespace, path] = labelKey(id).split(':')
      expect(namespace).toBe('common')
      const [group, key] = path.split('.')
      for (const catalog of [en, zhCN]) {
        const text = (catalog.common as unknown as Record<string, Record<string, string>>)[group]?.[key]
        expect(text, `${id} in ${catalog === en ? 'en' : 'zh-CN'}`).toBeTruthy()
      }
    }
  })
})
