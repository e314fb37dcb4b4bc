import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { SessionInfo } from '@shared/domain/session'
import { describe, expect, it, vi } from 'vitest'
import { buildTrayView, type TrayIcon, type TrayView } from './model'
import { createTrayPresenter, type TrayMenuEntry, trayIconFile } from './presenter'

const account: SessionInfo = { mode: 'account', accountName: 'acme', tokenHint: null, storage: 'keychain' }
const signedOut: SessionInfo = { mode: 'none', accountName: null, tokenHint: null, storage: null }
const now = new Date(2026, 10, 27, 14, 20)
const view = (gb: number | null, session = account, platform = 'linux'): TrayView =>
  buildTrayView({
    session,
    balance:
      gb === null ? null : { value: { remainingBytes: gb * 1024 ** 3, expiresOn: null }, fetchedAt: now.toISOString() },
    error: null,
    lowBalanceGb: 1,
    now,
    platform,
  })

function setup(platform = 'linux', first = view(37.4, account, platform)) {
  let current = first
  const listeners = new Set<(v: TrayView) => void>()
  const source = {
    view: () => current,
    subscribe: (listener: (v: TrayView) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const push = (next: TrayView) => {
    current = next
    for (const listener of listeners) listener(next)
  }
  const clicks: Array<() => void> = []
  const tray = {
    setImage: vi.fn(),
    setToolTip: vi.fn(),
    setTitle: vi.fn(),
    setContextMenu: vi.fn<(menu: TrayMenuEntry[]) => void>(),
    on: vi.fn((_event: 'click', listener: () => void) => clicks.push(listener)),
    destroy: vi.fn(),
  }
  const handlers = { onOpen: vi.fn(), onRefresh: vi.fn(), onQuit: vi.fn() }
  const createTray = vi.fn((_image: string) => tray)
  const presenter = createTrayPresenter<string, TrayMenuEntry[]>({
    createTray,
    loadIcon: (icon) => `icon:${icon}`,
    buildMenu: (entries) => entries,
    source,
    platform,
    ...handlers,
  })
  const lastMenu = () => tray.setContextMenu.mock.calls.at(-1)?.[0] ?? []
  return { presenter, tray, push, handlers, createTray, clicks, listeners, lastMenu }
}

describe('tray presenter', () => {
  it('creates the tray with the icon, tooltip and a full context menu', () => {
    const { tray, createTray, lastMenu } = setup()
    expect(createTray).toHaveBeenCalledWith('icon:normal')
    expect(tray.setToolTip).toHaveBeenCalledWith('Thordata Desktop\nTraffic left: 37.4 GB')
    expect(lastMenu().map((e) => e.label ?? e.type)).toEqual([
      'Traffic left: 37.4 GB',
      'Updated 14:20',
      'separator',
      'Refresh now',
      'Copy link: save a preset in the app first',
      'separator',
      'Open Thordata Desktop',
      'Quit',
    ])
    expect(lastMenu()[0].enabled).toBe(false)
  })

  it('copies the preset picked under Copy link, default first', () => {
    const onCopy = vi.fn()
    const withPresets = buildTrayView({
      session: account,
      balance: { value: { remainingBytes: 5 * 1024 ** 3, expiresOn: null }, fetchedAt: now.toISOString() },
      error: null,
      lowBalanceGb: 1,
      now,
      platform: 'linux',
      presets: [
        { id: 'p2', name: 'US sticky', kind: 'extract', isDefault: true },
        { id: 'p1', name: 'Curl DE', kind: 'endpoint', isDefault: false },
      ],
    })
    const menus: TrayMenuEntry[][] = []
    createTrayPresenter<string, TrayMenuEntry[]>({
      createTray: () => ({
        setImage() {},
        setToolTip() {},
        setTitle() {},
        setContextMenu: (m) => menus.push(m),
        on() {},
        destroy() {},
      }),
      loadIcon: (icon) => icon,
      buildMenu: (entries) => entries,
      source: { view: () => withPresets, subscribe: () => () => {} },
      platform: 'linux',
      onOpen() {},
      onRefresh() {},
      onQuit() {},
      onCopy,
    })
    const copy = menus[0].find((entry) => entry.label === 'Copy link')
    expect(copy?.submenu?.map((entry) => entry.label)).toEqual(['US sticky (default)', 'Curl DE'])
    copy?.submenu?.[1].click?.()
    expect(onCopy).toHaveBeenCalledWith('p1')
  })

  it('runs open, refresh and quit from the menu', () => {
    const { handlers, lastMenu } = setup()
    const click = (label: string) =>
      lastMenu()
        .find((e) => e.label === label)
        ?.click?.()
    click('Open Thordata Desktop')
    click('Refresh now')
    click('Quit')
    expect(handlers.onOpen).toHaveBeenCalledTimes(1)
    expect(handlers.onRefresh).toHaveBeenCalledTimes(1)
    expect(handlers.onQuit).toHaveBeenCalledTimes(1)
    expect(lastMenu()[0].click).toBeUndefined()
  })

  it('follows the view: new icon, tooltip and menu when the balance changes', () => {
    const { tray, push, lastMenu } = setup()
    push(view(0.2))
    expect(tray.setImage).toHaveBeenCalledWith('icon:low')
    expect(lastMenu()[0].label).toBe('Traffic left: 205 MB')
    push(view(null, signedOut))
    expect(tray.setImage).toHaveBeenLastCalledWith('icon:signed-out')
    expect(lastMenu().map((e) => e.label ?? e.type)).toEqual([
      'Not signed in',
      'separator',
      'Open Thordata Desktop',
      'Quit',
    ])
  })

  it('leaves an open menu alone when nothing in it changed', () => {
    const { tray, push } = setup()
    push(view(37.4))
    expect(tray.setContextMenu).toHaveBeenCalledTimes(1)
    expect(tray.setImage).not.toHaveBeenCalled()
    expect(tray.setToolTip).toHaveBeenCalledTimes(1)
  })

  it('shows the balance next to the icon on macOS and opens the menu on click there', () => {
    const { tray, push, clicks } = setup('darwin')
    expect(tray.setTitle).toHaveBeenCalledWith('37.4 GB')
    push(view(12, account, 'darwin'))
    expect(tray.setTitle).toHaveBeenLastCalledWith('12 GB')
    expect(clicks).toHaveLength(0)
  })

  it('never sets a title elsewhere, and opens the window on click where the click arrives', () => {
    const { tray, clicks, handlers } = setup('win32', view(37.4, account, 'win32'))
    expect(tray.setTitle).not.toHaveBeenCalled()
    clicks[0]()
    expect(handlers.onOpen).toHaveBeenCalledTimes(1)
  })

  it('destroys the tray once and stops listening, however often it is asked', () => {
    const { presenter, tray, push, listeners } = setup()
    presenter.destroy()
    presenter.destroy()
    expect(tray.destroy).toHaveBeenCalledTimes(1)
    expect(presenter.isDestroyed()).toBe(true)
    expect(listeners.size).toBe(0)
    push(view(1))
    expect(tray.setContextMenu).toHaveBeenCalledTimes(1)
  })
})

describe('trayIconFile', () => {
  it('uses template images on macOS, the large bitmap on Linux and scaled PNGs on Windows', () => {
    expect(trayIconFile('low', 'darwin')).toBe('tray-lowTemplate.png')
    expect(trayIconFile('error', 'linux')).toBe('tray-error@2x.png')
    expect(trayIconFile('signed-out', 'win32')).toBe('tray-signed-out.png')
  })
})

describe('tray icon files (resources/tray)', () => {
  const dir = resolve(__dirname, '../../../resources/tray')
  const states: TrayIcon[] = ['normal', 'low', 'error', 'signed-out']
  // A PNG's width and height sit at bytes 16-23 of its IHDR chunk.
  const size = (file: string) => {
    const png = readFileSync(join(dir, file))
    return [png.readUInt32BE(16), png.readUInt32BE(20)]
  }

  it('has a file for every state on every platform, with its @2x partner', () => {
    for (const state of states) {
      for (const platform of ['darwin', 'win32', 'linux']) {
        const file = trayIconFile(state, platform)
        expect(existsSync(join(dir, file)), file).toBe(true)
        const base = file.replace('@2x', '')
        expect(size(base), base).toEqual([16, 16])
        expect(size(base.replace('.png', '@2x.png')), base).toEqual([32, 32])
      }
    }
  })
})
