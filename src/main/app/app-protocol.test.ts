import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_PAGE_URL, createAppProtocolHandler, mimeTypeFor, requestedSegments } from './app-protocol'
import { CONTENT_SECURITY_POLICY, FRAME_POLICY } from './window-policy'

const SECRET = 'the-keychain-is-next-door'
let dir: string
let serve: ReturnType<typeof createAppProtocolHandler>

beforeAll(() => {
  // <dir>/secret.txt and <dir>/renderer-private/ sit next to the served root <dir>/renderer.
  dir = mkdtempSync(join(tmpdir(), 'thordata-app-protocol-'))
  const root = join(dir, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  mkdirSync(join(dir, 'renderer-private'))
  writeFileSync(join(dir, 'secret.txt'), SECRET)
  writeFileSync(join(dir, 'renderer-private', 'x.txt'), SECRET)
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Thordata Desktop</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>')
  writeFileSync(join(root, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  writeFileSync(join(root, 'assets', 'inter.woff2'), 'w')
  writeFileSync(join(root, 'assets', 'index-abc.js.map'), '{}')
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link-out.txt'))
  symlinkSync(join(root, 'index.html'), join(root, 'link-in.html'))
  serve = createAppProtocolHandler(root)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => serve({ url, method })

describe('app:// serves the built renderer', () => {
  it('serves the page with its CSP, nosniff and the right type', async () => {
    const response = await get(APP_PAGE_URL)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; ${FRAME_POLICY}`)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Thordata Desktop</title>')
  })

  it('serves the page for the bare origin, and ignores query and hash', async () => {
    for (const url of ['app://thordata/', 'app://thordata', 'app://thordata/index.html?tab=1#/account']) {
      expect((await get(url)).status, url).toBe(200)
    }
  })

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['favicon.png', 'image/png'],
    ['assets/inter.woff2', 'font/woff2'],
    ['assets/index-abc.js.map', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://thordata/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('names types for the other files a build may hold, and nothing it does not know', () => {
    expect(mimeTypeFor('a.json')).toBe('application/json; charset=utf-8')
    expect(mimeTypeFor('favicon.ICO')).toBe('image/x-icon')
    expect(mimeTypeFor('x.exe')).toBe('application/octet-stream')
  })

  it('answers HEAD with the headers and no body', async () => {
    const response = await get(APP_PAGE_URL, 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-length')).toBe('46')
    expect(await response.text()).toBe('')
  })

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s', async (method) => {
    const response = await get(APP_PAGE_URL, method)
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('answers 404 for a missing file or a folder, with the CSP still on', async () => {
    for (const url of ['app://thordata/nope.js', 'app://thordata/assets', 'app://thordata/assets/']) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    }
  })
})

describe('app:// never leaves its folder', () => {
  it.each([
    ['dot segments', 'app://thordata/../secret.txt', 400],
    ['dot segments deeper', 'app://thordata/assets/../../secret.txt', 400],
    ['encoded dots', 'app://thordata/%2e%2e/secret.txt', 400],
    ['mixed encoded dots', 'app://thordata/.%2E/secret.txt', 400],
    ['an encoded slash', 'app://thordata/..%2fsecret.txt', 400],
    ['an encoded backslash', 'app://thordata/..%5csecret.txt', 400],
    ['a backslash', 'app://thordata/..\\secret.txt', 400],
    ['a sibling folder with the same prefix', 'app://thordata/../renderer-private/x.txt', 400],
    ['an encoded absolute path', 'app://thordata/%2Fetc%2Fpasswd', 400],
    ['a doubled slash (stays inside the folder)', 'app://thordata//etc/passwd', 404],
    ['a Windows drive', 'app://thordata/C:/Windows/win.ini', 400],
    ['a NUL byte', 'app://thordata/index.html%00.txt', 400],
    ['a Windows device name', 'app://thordata/assets/NUL.js', 400],
    ['broken escaping', 'app://thordata/%E0%A4%A', 400],
    ['a symlink out of the root', 'app://thordata/link-out.txt', 404],
  ])('refuses %s', async (_label, url, status) => {
    const response = await get(url)
    expect(response.status).toBe(status)
    const body = await response.text()
    expect(body).not.toContain(SECRET)
    expect(body).not.toContain('root:')
  })

  it('follows a symlink that stays inside the root', async () => {
    expect((await get('app://thordata/link-in.html')).status).toBe(200)
  })

  it.each([
    ['another host', 'app://other/index.html'],
    ['a look-alike host', 'app://thordata.evil/index.html'],
    ['a port', 'app://thordata:8080/index.html'],
    ['credentials', 'app://user:pw@thordata/index.html'],
    ['another scheme', 'file:///index.html'],
    ['not a URL', 'nonsense'],
  ])('refuses %s', async (_label, url) => {
    expect(requestedSegments(url)).toBeNull()
    expect((await get(url)).status).toBe(400)
  })
})
