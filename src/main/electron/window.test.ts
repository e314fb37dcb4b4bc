import { resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_PAGE_URL } from '../app/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../app/window-policy'
import { createSenderTrust } from '../ipc/trust'
import { createMemoryLogger } from '../log/logger'
import {
  createFakeElectron,
  type FakeBrowserWindow,
  type FakeElectron,
  FakeWebContents,
  resetFakeElectron,
} from './testing/fake-electron'

const electron = vi.hoisted(() => ({ current: null as FakeElectron | null }))
vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModuleProxy(electron))

const { createMainWindow } = await import('./window')
const { lockDownWebContents, secureSession } = await import('./security')
const { installApplicationMenu } = await import('./menu')
const { registerAppScheme, serveAppProtocol } = await import('./app-protocol')

const appPage = APP_PAGE_URL
const isAppPage = createSenderTrust({ appPage })

function open(options: { rendererUrl?: string } = {}) {
  const log = createMemoryLogger()
  const window = createMainWindow({
    preloadPath: '/opt/thordata/out/preload/index.js',
    appPage,
    isAppPage: options.rendererUrl ? createSenderTrust({ rendererUrl: options.rendererUrl }) : isAppPage,
    log,
    ...options,
  }) as unknown as FakeBrowserWindow
  return { window, log }
}

beforeEach(() => {
  resetFakeElectron()
  electron.current = createFakeElectron({ userData: '/tmp/x', appPath: '/opt/thordata' })
})

describe('main window', () => {
  it('runs the page sandboxed and isolated, without Node, with the preload', () => {
    const { window } = open()
    expect(window.options.webPreferences).toMatchObject({
      preload: '/opt/thordata/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      nodeIntegrationInSubFrames: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(window.options).toMatchObject({ title: 'Thordata Desktop', show: false })
  })

  it('loads the built page from app://, and shows the window only once it is ready', () => {
    const { window } = open()
    expect(window.webContents.getURL()).toBe('app://thordata/index.html')
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('loads the dev server when one is given', () => {
    const { window } = open({ rendererUrl: 'http://localhost:5173' })
    expect(window.webContents.getURL()).toBe('http://localhost:5173')
  })

  it('never opens a second window, and sends only https links to the browser', async () => {
    const { window } = open()
    const calls = electron.current?.calls
    expect(window.webContents.open('https://dashboard.thordata.com/')).toEqual({ action: 'deny' })
    expect(window.webContents.open('http://example.com/')).toEqual({ action: 'deny' })
    expect(window.webContents.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(window.webContents.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(calls?.openExternal).toEqual(['https://dashboard.thordata.com/']))
  })

  it('keeps the page on the app: navigation and redirects elsewhere are blocked', () => {
    const { window, log } = open()
    expect(window.webContents.navigate('https://example.com/?key=s3cret')).toBe(false)
    expect(window.webContents.navigate('file:///etc/passwd')).toBe(false)
    expect(window.webContents.navigate('file:///opt/thordata/out/renderer/index.html')).toBe(false)
    expect(window.webContents.navigate('app://thordata.evil/index.html')).toBe(false)
    expect(window.webContents.navigate('app://thordata/other.html')).toBe(false)
    expect(window.webContents.navigate('https://evil.example/', 'will-redirect')).toBe(false)
    expect(window.webContents.getURL()).toBe(appPage)
    expect(window.webContents.navigate(`${appPage}#/account`)).toBe(true)
    expect(log.lines.join('\n')).toContain('Blocked navigation to https://example.com')
    expect(log.lines.join('\n')).not.toContain('s3cret')
  })

  it('opens nothing for a page that is not the app (it should never get there, but if it did)', async () => {
    const { window } = open()
    window.webContents.url = 'https://evil.example/'
    window.webContents.open('https://phishing.example/')
    await new Promise((r) => setTimeout(r, 0))
    expect(electron.current?.calls.openExternal).toEqual([])
  })
})

describe('every web contents', () => {
  it('can attach no <webview> and open no window, whoever created it', () => {
    const fake = electron.current as FakeElectron
    lockDownWebContents(fake.app as never)
    const contents = new FakeWebContents()
    fake.app.emit('web-contents-created', {}, contents)
    const attach = { prevented: false, preventDefault: () => Object.assign(attach, { prevented: true }) }
    contents.emit('will-attach-webview', attach, { allowpopups: 'true' }, { src: 'https://evil.example/' })
    expect(attach.prevented).toBe(true)
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' })
  })
})

describe('session security', () => {
  beforeEach(() => {
    const fake = electron.current as FakeElectron
    secureSession(fake.module.session.defaultSession as never, isAppPage, createMemoryLogger())
  })

  it('grants clipboard writes to the app page only', async () => {
    const session = electron.current?.defaultSession
    expect(await session?.request('clipboard-sanitized-write', appPage)).toBe(true)
    expect(await session?.request('clipboard-sanitized-write', 'https://example.com/')).toBe(false)
    expect(session?.check('clipboard-sanitized-write', appPage)).toBe(true)
    expect(session?.check('clipboard-sanitized-write', null)).toBe(false)
  })

  it('denies every other permission, even to the app page', async () => {
    const session = electron.current?.defaultSession
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(await session?.request(permission, appPage)).toBe(false)
      expect(session?.check(permission, appPage)).toBe(false)
    }
  })

  it('puts the app CSP on served pages in place of any other', () => {
    const headers = electron.current?.defaultSession.responseHeaders({
      'Content-Security-Policy': ["script-src 'unsafe-eval' *"],
    })
    expect(headers?.['Content-Security-Policy']?.[0]).toMatch(/^default-src 'self'; script-src 'self';/)
    expect(Object.keys(headers ?? {})).toEqual(['Content-Security-Policy'])
  })
})

describe('app:// protocol', () => {
  const rendererRoot = resolve(__dirname, '../../renderer')

  it('registers app as a standard, secure scheme before the app is ready, without CORS for other origins', () => {
    registerAppScheme()
    expect(electron.current?.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('serves the page on the window session with the CSP as a header, and nothing outside the renderer', async () => {
    const fake = electron.current as FakeElectron
    serveAppProtocol(fake.module.session.defaultSession as never, rendererRoot)
    const { window } = open()
    const page = await fake.protocol.fetch(window.webContents.getURL())
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<title>Thordata Desktop</title>')
    // The URL is normalised on the way (as Chromium does), so ../ stays inside the renderer folder.
    expect((await fake.protocol.fetch('app://thordata/../main/index.ts')).status).toBe(404)
    expect((await fake.protocol.fetch('app://thordata/%2e%2e/main/index.ts')).status).toBe(404)
    expect((await fake.protocol.fetch(appPage, 'POST')).status).toBe(405)
  })

  it('refuses to register the scheme once the app is ready (Electron would ignore it)', async () => {
    await electron.current?.app.whenReady()
    expect(() => registerAppScheme()).toThrow(/before the app is ready/)
  })
})

describe('application menu', () => {
  it('has no menu bar on Windows and Linux (no reload or dev tools shortcuts)', () => {
    installApplicationMenu('win32')
    installApplicationMenu('linux')
    expect(electron.current?.calls.menus).toEqual([null, null])
  })

  it('keeps Quit and the edit shortcuts on macOS', () => {
    installApplicationMenu('darwin')
    const menu = electron.current?.calls.menus[0] as { items: Array<{ role?: string }> }
    expect(menu.items.map((item) => item.role)).toContain('appMenu')
    expect(menu.items.map((item) => item.role)).toContain('editMenu')
  })
})
