import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_PAGE_URL } from '../app/app-protocol'
import type { Core } from '../core/create-core'
import { createUnsupportedUpdater } from '../updater/unsupported'
import {
  createFakeElectron,
  FakeBrowserWindow,
  type FakeElectron,
  FakeTray,
  resetFakeElectron,
} from './testing/fake-electron'

/**
 * src/main/index.ts against a fake Electron and the real core (with the demo simulator on loopback):
 * the app's lifecycle as a user meets it, without an Electron binary.
 */
const electron = vi.hoisted(() => ({ current: null as FakeElectron | null }))
const cores = vi.hoisted(() => [] as Array<{ core: Core; stops: number }>)
vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModuleProxy(electron))
// No OS keychain in these tests: the demo needs none, and a developer's real keychain stays untouched.
vi.mock('../credentials/napi-keyring', () => ({ loadNapiKeyring: () => null }))
vi.mock('../core/create-core', async (importOriginal) => {
  const original = await importOriginal<typeof import('../core/create-core')>()
  return {
    createCore: (options: Parameters<typeof original.createCore>[0]) => {
      const core = original.createCore(options)
      const entry = { core, stops: 0 }
      cores.push(entry)
      return {
        ...core,
        stop: async () => {
          entry.stops += 1
          await core.stop()
        },
      }
    },
  }
})

const appPage = APP_PAGE_URL
const oldFilePage = pathToFileURL(resolve(__dirname, '../../renderer/index.html')).href
let userData: string

async function launch(options: { packaged?: boolean; lock?: boolean } = {}) {
  vi.resetModules()
  resetFakeElectron()
  const fake = createFakeElectron({ userData: '/fake/default-user-data', appPath: '/app', packaged: options.packaged })
  fake.app.lockGranted = options.lock ?? true
  electron.current = fake
  await import('../index')
  return fake
}

async function started() {
  await vi.waitFor(() => expect(FakeTray.all).toHaveLength(1))
  return { window: FakeBrowserWindow.all[0], tray: FakeTray.all[0] }
}

const call = async <T>(fake: FakeElectron, channel: string, input?: unknown, from = appPage) =>
  (await fake.ipcMain.invoke(channel, input, from)) as Result<T>

async function quit(fake: FakeElectron) {
  fake.app.quit()
  await vi.waitFor(() => expect(fake.app.quitted).toBe(true))
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'thordata-lifecycle-'))
  vi.stubEnv('THORDATA_USER_DATA', userData)
})

afterEach(async () => {
  const fake = electron.current
  if (fake && !fake.app.quitted && fake.app.lockGranted) await quit(fake)
  vi.unstubAllEnvs()
  cores.splice(0)
  rmSync(userData, { recursive: true, force: true })
})

describe('app lifecycle', () => {
  it('keeps its data in THORDATA_USER_DATA and turns the sandbox on for every renderer', async () => {
    const fake = await launch()
    await started()
    expect(fake.app.getPath('userData')).toBe(userData)
    expect(fake.app.sandboxEnabled).toBe(true)
    await call(fake, 'session.startDemo')
    expect(existsSync(join(userData, 'settings.json'))).toBe(true)
  })

  it('quits at once when another instance already runs', async () => {
    const fake = await launch({ lock: false })
    expect(fake.app.listenerCount('before-quit')).toBe(0)
    expect(FakeBrowserWindow.all).toHaveLength(0)
  })

  it('answers the app page and refuses any other page', async () => {
    const fake = await launch()
    await started()
    expect(await call(fake, 'session.get')).toEqual({
      ok: true,
      value: { mode: 'none', accountName: null, tokenHint: null, storage: null },
    })
    const refused = await call(fake, 'session.get', undefined, 'https://evil.example/')
    expect(refused).toMatchObject({ ok: false, error: { kind: 'auth' } })
    for (const page of [oldFilePage, 'app://thordata.evil/index.html', 'app://other/index.html']) {
      expect(await call(fake, 'session.get', undefined, page), page).toMatchObject({ ok: false })
    }
  })

  it('serves its page from app:// with the CSP header, registered before ready', async () => {
    const fake = await launch()
    const { window } = await started()
    expect(window.webContents.getURL()).toBe('app://thordata/index.html')
    expect(fake.protocol.privilegedSchemes.map((s) => s.scheme)).toEqual(['app'])
    const page = await fake.protocol.fetch(window.webContents.getURL())
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';/)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('shows the demo balance in the tray after the page starts the demo', async () => {
    const fake = await launch()
    const { tray, window } = await started()
    expect(tray.menu?.items[0].label).toBe('Not signed in')
    expect(await call(fake, 'session.startDemo')).toMatchObject({ ok: true, value: { mode: 'demo' } })
    await vi.waitFor(() => expect(tray.menu?.items[0].label).toMatch(/^Traffic left: [\d.,]+ [KMGT]?B \(demo\)$/))
    expect(window.webContents.sent).toContainEqual({
      channel: 'event:session.changed',
      payload: expect.objectContaining({ mode: 'demo' }),
    })
  })

  it('says updates are for installed builds when run from source', async () => {
    const fake = await launch()
    await started()
    expect(await call(fake, 'updater.status')).toEqual({
      ok: true,
      value: { state: 'unsupported', reason: 'Updates are checked in installed builds only' },
    })
    expect(await call(fake, 'app.info')).toMatchObject({ ok: true, value: { updatesSupported: false } })
  })

  it('closing the window keeps the app in the tray, says so once, and the tray brings it back', async () => {
    const fake = await launch()
    const { window, tray } = await started()
    window.emit('ready-to-show')
    expect(window.close()).toBe(false)
    expect(window.visible).toBe(false)
    expect(fake.calls.notifications).toEqual(['Thordata Desktop is still running'])
    tray.pick('Open Thordata Desktop')
    expect(window.visible).toBe(true)
    window.close()
    expect(fake.calls.notifications).toHaveLength(1)
  })

  it('with "close to tray" off, closing the window closes the app', async () => {
    const fake = await launch()
    const { window } = await started()
    expect(await call(fake, 'settings.update', { closeToTray: false })).toMatchObject({ ok: true })
    window.close()
    expect(window.destroyed).toBe(true)
    // Electron says so once the last window closed (the fake leaves it to the test).
    fake.app.emit('window-all-closed')
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true))
    expect(fake.calls.notifications).toEqual([])
  })

  it('Copy link in the tray menu copies the picked preset and confirms in a notification', async () => {
    const fake = await launch()
    const { tray } = await started()
    await call(fake, 'session.startDemo')
    const saved = await call(fake, 'presets.save', {
      name: 'US rotating',
      kind: 'extract',
      input: { product: 'residential', session: 'rotating', count: 10, country: 'US' },
      makeDefault: true,
    })
    expect(saved).toMatchObject({ ok: true })
    await vi.waitFor(() => expect(tray.menu?.items.map((i) => i.label)).toContain('Copy link'))
    tray.pick('Copy link › US rotating (default)')
    await vi.waitFor(() => expect(fake.calls.clipboard).toHaveLength(1))
    expect(fake.calls.clipboard[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/extract\//)
    await vi.waitFor(() => expect(fake.calls.notifications).toContain('Copied “US rotating”'))
  })

  it('the global shortcut is off by default; turned on, it copies the default preset', async () => {
    const fake = await launch()
    await started()
    await call(fake, 'session.startDemo')
    expect([...fake.calls.shortcuts.keys()]).toEqual([])
    await call(fake, 'presets.save', {
      name: 'DE sticky',
      kind: 'extract',
      input: { product: 'residential', session: 'sticky', count: 1, country: 'DE' },
      makeDefault: true,
    })
    await call(fake, 'settings.update', { globalShortcut: { enabled: true, accelerator: 'CommandOrControl+Shift+L' } })
    expect([...fake.calls.shortcuts.keys()]).toEqual(['CommandOrControl+Shift+L'])
    fake.calls.shortcuts.get('CommandOrControl+Shift+L')?.()
    await vi.waitFor(() => expect(fake.calls.notifications).toContain('Copied “DE sticky”'))
    expect(fake.calls.clipboard[0]).toMatch(/country=de|country=DE/i)
    await call(fake, 'settings.update', { globalShortcut: { enabled: false, accelerator: 'CommandOrControl+Shift+L' } })
    expect([...fake.calls.shortcuts.keys()]).toEqual([])
  })

  it('the notice stays quiet on later launches', async () => {
    let fake = await launch()
    let app = await started()
    app.window.close()
    await quit(fake)
    fake = await launch()
    app = await started()
    app.window.close()
    expect(fake.calls.notifications).toEqual([])
  })

  it('starting the app again shows the hidden window', async () => {
    const fake = await launch()
    const { window } = await started()
    window.close()
    fake.app.emit('second-instance')
    expect(window.visible).toBe(true)
  })

  it('Quit in the tray stops the core first, closes the window and destroys the tray once', async () => {
    const fake = await launch()
    const { window, tray } = await started()
    tray.pick('Quit')
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true))
    expect(cores[0].stops).toBe(1)
    expect(window.destroyed).toBe(true)
    expect(tray.destroyCount).toBe(1)
  })

  it('loads the dev server named by ELECTRON_RENDERER_URL when run from source', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    await launch()
    const { window } = await started()
    expect(window.webContents.getURL()).toBe('http://localhost:5173')
  })

  it('ignores ELECTRON_RENDERER_URL in an installed build and loads its own page', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    vi.doMock('./updater', () => ({ createElectronUpdater: () => createUnsupportedUpdater('test') }))
    const fake = await launch({ packaged: true })
    const { window } = await started()
    vi.doUnmock('./updater')
    expect(window.webContents.getURL()).toBe(appPage)
    expect((await call(fake, 'session.get', undefined, 'http://localhost:5173/')).ok).toBe(false)
  })
})
