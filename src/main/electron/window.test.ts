import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createSenderTrust } from '../ipc/trust'
import { createMemoryLogger } from '../log/logger'
import {
  createFakeElectron,
  type FakeBrowserWindow,
  type FakeElectron,
  resetFakeElectron,
} from './testing/fake-electron'

const electron = vi.hoisted(() => ({ current: null as FakeElectron | null }))
vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModuleProxy(electron))

const { createMainWindow } = await import('./window')
const { secureSession } = await import('./security')
const { installApplicationMenu } = await import('./menu')

const rendererFile = join('/opt', 'thordata', 'out', 'renderer', 'index.html')
const appPage = pathToFileURL(rendererFile).href
const isAppPage = createSenderTrust({ rendererFile })

function open(options: { rendererUrl?: string } = {}) {
  const log = createMemoryLogger()
  const window = createMainWindow({
    preloadPath: '/opt/thordata/out/preload/index.js',
    rendererFile,
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
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(window.options).toMatchObject({ title: 'Thordata Desktop', show: false })
  })

  it('loads the built page, and shows the window only once it is ready', () => {
    const { window } = open()
    expect(window.webContents.getURL()).toBe(appPage)
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
