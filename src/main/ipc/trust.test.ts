import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createSenderTrust } from './trust'

const rendererFile = join('/opt', 'Thordata Desktop', 'resources', 'app.asar', 'out', 'renderer', 'index.html')
const appPage = pathToFileURL(rendererFile).href

describe('createSenderTrust in an installed build (renderer file)', () => {
  const trusted = createSenderTrust({ rendererFile })

  it('trusts the app page, also with a hash route or query', () => {
    expect(trusted(appPage)).toBe(true)
    expect(trusted(`${appPage}#/account`)).toBe(true)
    expect(trusted(`${appPage}?tab=usage`)).toBe(true)
  })

  it('trusts the same page written with other escaping or dot segments', () => {
    expect(trusted(appPage.replace('Thordata%20Desktop', 'Thordata Desktop'))).toBe(true)
    expect(trusted(appPage.replace('index.html', '%69ndex.html'))).toBe(true)
    expect(trusted(appPage.replace('renderer/index.html', 'renderer/./x/../index.html'))).toBe(true)
  })

  it.each([
    ['another file next to it', pathToFileURL(join(rendererFile, '..', 'evil.html')).href],
    ['a file in a folder named like the page', pathToFileURL(`${rendererFile}/x.html`).href],
    ['a prefix of the page path', appPage.replace('index.html', 'index.htm')],
    ['a file on a remote host', appPage.replace('file://', 'file://evil.example')],
    ['an encoded slash trick', appPage.replace('renderer/index.html', 'renderer%2Findex.html')],
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
})

describe('createSenderTrust in development (dev server)', () => {
  const trusted = createSenderTrust({ rendererUrl: 'http://localhost:5173', rendererFile })

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
    expect(trusted(appPage)).toBe(false)
    expect(trusted('http://localhost:5173/')).toBe(false)
  })
})
