import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { APP_PAGE_URL } from '../app/app-protocol'
import { createSenderTrust } from './trust'

const oldFilePage = pathToFileURL(
  join('/opt', 'Thordata Desktop', 'resources', 'app.asar', 'out', 'renderer', 'index.html'),
).href

describe('createSenderTrust in a built app (app:// page)', () => {
  const trusted = createSenderTrust({ appPage: APP_PAGE_URL })

  it('trusts app://thordata/index.html, also with a hash route or query', () => {
    expect(APP_PAGE_URL).toBe('app://thordata/index.html')
    expect(trusted('app://thordata/index.html')).toBe(true)
    expect(trusted('app://thordata/index.html#/account')).toBe(true)
    expect(trusted('app://thordata/index.html?tab=usage')).toBe(true)
  })

  it('trusts the same page written with other escaping or dot segments', () => {
    expect(trusted('app://thordata/%69ndex.html')).toBe(true)
    expect(trusted('app://thordata/./x/../index.html')).toBe(true)
    expect(trusted('APP://thordata/index.html')).toBe(true)
  })

  it.each([
    ['the old file:// page', oldFilePage],
    ['any file:// URL', 'file:///index.html'],
    ['a look-alike host', 'app://thordata.evil/index.html'],
    ['a host that ends like ours', 'app://evilthordata/index.html'],
    ['another host', 'app://other/index.html'],
    ['a port', 'app://thordata:8080/index.html'],
    ['credentials folded into the host', 'app://thordata@evil/index.html'],
    ['a user on our host', 'app://evil@thordata/index.html'],
    ['another file on our host', 'app://thordata/evil.html'],
    ['a file in a folder named like the page', 'app://thordata/index.html/x.html'],
    ['a prefix of the page path', 'app://thordata/index.htm'],
    ['an encoded slash trick', 'app://thordata/assets%2F..%2Findex.html'],
    ['another scheme on our host', 'thordata://thordata/index.html'],
    ['https with our host name', 'https://thordata/index.html'],
    ['a web origin', 'https://example.com/'],
    ['the dev server when none is configured', 'http://localhost:5173/'],
    ['about:blank', 'about:blank'],
    ['a data: URL', 'data:text/html,<h1>hi</h1>'],
    ['devtools', 'devtools://devtools/bundled/devtools_app.html'],
    ['chrome-extension', 'chrome-extension://abc/index.html'],
    ['an empty sender (no frame)', ''],
    ['garbage', 'not a url'],
  ])('rejects %s', (_label, url) => {
    expect(trusted(url)).toBe(false)
  })

  it('refuses an app page on http, https or file', () => {
    expect(() => createSenderTrust({ appPage: 'file:///opt/index.html' })).toThrow(/custom protocol/)
    expect(() => createSenderTrust({ appPage: 'https://thordata/index.html' })).toThrow(/custom protocol/)
    expect(() => createSenderTrust({ appPage: 'nonsense' })).toThrow(/custom protocol/)
  })
})

describe('createSenderTrust in development (dev server)', () => {
  const trusted = createSenderTrust({ rendererUrl: 'http://localhost:5173' })

  it('trusts any page of the dev server origin', () => {
    expect(trusted('http://localhost:5173/')).toBe(true)
    expect(trusted('http://localhost:5173/index.html#/users')).toBe(true)
  })

  it.each([
    ['another port', 'http://localhost:5174/'],
    ['https on the same host and port', 'https://localhost:5173/'],
    ['another loopback name', 'http://127.0.0.1:5173/'],
    ['a look-alike host', 'http://localhost.evil.example:5173/'],
    ['credentials folded into the host', 'http://localhost:5173@evil.example/'],
    ['the app:// page, which development does not load', APP_PAGE_URL],
    ['a file:// page', oldFilePage],
  ])('rejects %s', (_label, url) => {
    expect(trusted(url)).toBe(false)
  })

  it('refuses to trust a dev server that is not on loopback', () => {
    expect(() => createSenderTrust({ rendererUrl: 'https://evil.example' })).toThrow(/loopback/)
    expect(() => createSenderTrust({ rendererUrl: 'file:///tmp/index.html' })).toThrow(/loopback/)
    expect(() => createSenderTrust({ rendererUrl: 'nonsense' })).toThrow(/loopback/)
  })
})

describe('createSenderTrust with nothing configured', () => {
  it('trusts nothing', () => {
    const trusted = createSenderTrust({})
    expect(trusted(APP_PAGE_URL)).toBe(false)
    expect(trusted(oldFilePage)).toBe(false)
    expect(trusted('http://localhost:5173/')).toBe(false)
  })
})
