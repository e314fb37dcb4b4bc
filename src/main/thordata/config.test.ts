import { defaultSettings, settingsSchema } from '@shared/domain/settings'
import { describe, expect, it } from 'vitest'
import { clientConfigFor } from '../core/client-config'
import { basesFor, thordataConfigFromSettings } from './config'

const MAIN = defaultSettings.apiBaseUrl
const FALLBACK = defaultSettings.fallbackApiBaseUrl

describe('hosts per section', () => {
  it('puts whitelist and CDK on api.thordata.com first and everything else on openapi. (reference §1.3, §12)', () => {
    const config = thordataConfigFromSettings(defaultSettings)
    expect(MAIN).toBe('https://openapi.thordata.com/api')
    expect(FALLBACK).toBe('https://api.thordata.com/api')
    expect(basesFor(config, '/whitelisted-ips/add-ip')).toEqual([FALLBACK, MAIN])
    expect(basesFor(config, '/cdk/create')).toEqual([FALLBACK, MAIN])
    for (const path of [
      '/account/traffic-balance',
      '/locations/cities',
      '/proxy-users/create-user',
      '/proxy/proxy-list',
      '/unlimited/renew',
    ]) {
      expect(basesFor(config, path)).toEqual([MAIN, FALLBACK])
    }
  })

  it('follows the user’s per-section choice from Settings', () => {
    const sectionHosts = { ...defaultSettings.sectionHosts, whitelist: 'main' as const, proxies: 'fallback' as const }
    const config = thordataConfigFromSettings({ ...defaultSettings, sectionHosts })
    expect(basesFor(config, '/whitelisted-ips/ip-list')).toEqual([MAIN, FALLBACK])
    expect(basesFor(config, '/proxy/expiration-time')).toEqual([FALLBACK, MAIN])
  })

  it('with one address (no fallback, or demo mode) every section uses it', () => {
    const single = thordataConfigFromSettings({ ...defaultSettings, fallbackApiBaseUrl: '' })
    expect(basesFor(single, '/cdk/list')).toEqual([MAIN])
    const demo = clientConfigFor(defaultSettings, {
      apiBaseUrl: 'http://127.0.0.1:4100/api',
      extractBaseUrl: 'http://127.0.0.1:4100/extract',
    })
    for (const path of ['/cdk/list', '/whitelisted-ips/ip-list', '/account/wallet-balance']) {
      expect(basesFor(demo, path)).toEqual(['http://127.0.0.1:4100/api'])
    }
  })

  it('settings carry a host choice per section, defaulting as documented, and refuse anything else', () => {
    expect(settingsSchema.safeParse(defaultSettings).success).toBe(true)
    const bad = { ...defaultSettings, sectionHosts: { ...defaultSettings.sectionHosts, cdk: 'elsewhere' } }
    expect(settingsSchema.safeParse(bad).success).toBe(false)
  })
})
