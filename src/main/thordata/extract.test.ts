import { describe, expect, it } from 'vitest'
import { buildExtractUrl, parseExtractReply } from './extract'
import { clientWith, rejection } from './testing/client'

function errorOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    return (error as { appError?: unknown }).appError
  }
  throw new Error('expected an error')
}

describe('buildExtractUrl', () => {
  it('builds the documented residential link', () => {
    expect(
      buildExtractUrl('https://get-ip.thordata.net', 'acme', {
        product: 'residential',
        session: 'sticky',
        count: 15,
        country: 'US',
      }),
    ).toBe('https://get-ip.thordata.net/api?td-customer=acme&sesstype=1&number=15&country=us')
  })

  it('builds the documented unlimited link with the server id', () => {
    expect(
      buildExtractUrl('https://get-ip.thordata.net/', 'acme', {
        product: 'unlimited',
        session: 'rotating',
        count: 3,
        server: 'ntqx59qg',
      }),
    ).toBe('https://get-ip.thordata.net/unlimited_api?td-customer=acme&sesstype=2&number=3&servers=ntqx59qg')
  })
})

describe('parseExtractReply', () => {
  it('reads IP:port lines', () => {
    expect(parseExtractReply('203.0.113.5:10001\r\n203.0.113.5:10002\n', 200)).toEqual([
      { host: '203.0.113.5', port: 10001 },
      { host: '203.0.113.5', port: 10002 },
    ])
  })

  it('reads the JSON form', () => {
    expect(parseExtractReply('{"code":0,"data":[{"ip":"203.0.113.5","port":"10001"}]}', 200)).toEqual([
      { host: '203.0.113.5', port: 10001 },
    ])
  })

  it.each([
    ['{"code":111,"msg":"Please request again in 2 seconds"}', 111, 'rate-limit'],
    ['Please request again in 2 seconds', 111, 'rate-limit'],
    ['{"code":114,"msg":"The extracted IP is empty"}', 114, 'not-found'],
    [
      '117 Allowlist verification failed. Please add the requested IP [198.51.100.9] to the HTTP allowlist',
      117,
      'auth',
    ],
    ['Your account is abnormal, please contact customer service', 118, 'auth'],
    ['{"code":"121","msg":"Your package has expire"}', 121, 'conflict'],
  ])('maps %j to code %i', (body, code, kind) => {
    expect(errorOf(() => parseExtractReply(body, 200))).toMatchObject({ code, kind })
  })

  it('refuses text that is neither proxies nor a known error', () => {
    expect(errorOf(() => parseExtractReply('hello world', 200))).toMatchObject({ kind: 'server' })
  })
})

describe('extract calls', () => {
  it('fetches from the extract host with the account name and no credentials', async () => {
    const { client, seen } = clientWith([{ body: '203.0.113.5:10001' }], { extractBaseUrl: 'https://links.test' })
    const proxies = await client.extract.fetch({ product: 'residential', session: 'rotating', count: 1, country: 'de' })
    expect(proxies).toEqual([{ host: '203.0.113.5', port: 10001 }])
    expect(seen[0].url.toString()).toBe('https://links.test/api?td-customer=acme&sesstype=2&number=1&country=de')
    expect(seen[0].headers.get('token')).toBeNull()
  })

  it('builds the link without calling Thordata', async () => {
    const { client, seen } = clientWith([], { extractBaseUrl: 'https://links.test' })
    await expect(
      client.extract.link({ product: 'unlimited', session: 'sticky', count: 2, server: 'ntqx59qg', country: 'us' }),
    ).resolves.toBe('https://links.test/unlimited_api?td-customer=acme&sesstype=1&number=2&country=us&servers=ntqx59qg')
    expect(seen).toHaveLength(0)
  })

  it('says which IP to whitelist when Thordata refuses the caller', async () => {
    const { client } = clientWith([
      { body: 'Allowlist verification failed. Please add the requested IP [198.51.100.9] to the HTTP allowlist' },
    ])
    const error = await rejection(
      client.extract.fetch({ product: 'residential', session: 'sticky', count: 1, country: 'us' }),
    )
    expect(error.message).toContain('198.51.100.9')
  })
})
