/**
 * A stand-in for the parts of the 'electron' module the adapters use, for Vitest (this machine has no Electron
 * binary). It records what the app asked for and lets a test play the user or the OS: close a window, navigate,
 * request a permission, call an IPC channel, click a tray menu item, quit.
 */

import { EventEmitter } from 'node:events'
import { fakeNetRequest } from './fake-net'

type Handler = (...args: never[]) => unknown

class Cancellable {
  prevented = false
  constructor(readonly url = '') {}
  preventDefault() {
    this.prevented = true
  }
}

export class FakeWebContents extends EventEmitter {
  url = ''
  sent: Array<{ channel: string; payload: unknown }> = []
  destroyed = false
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }) {
    this.windowOpenHandler = handler
  }
  getURL() {
    return this.url
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload })
  }
  isDestroyed() {
    return this.destroyed
  }
  /** What happens on window.open(url): the handler's answer. */
  open(url: string) {
    return this.windowOpenHandler?.({ url }) ?? { action: 'allow' }
  }
  /** Tries a navigation or redirect; true when the app let it happen. */
  navigate(url: string, kind: 'will-navigate' | 'will-redirect' = 'will-navigate') {
    const event = new Cancellable(url)
    this.emit(kind, event, url)
    if (!event.prevented) this.url = url
    return !event.prevented
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  visible = false
  destroyed = false
  minimized = false
  constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super()
    FakeBrowserWindow.all.push(this)
  }
  /** Only loadURL: the app never loads a file:// page (it serves app://), so a loadFile call fails here. */
  async loadURL(url: string) {
    this.webContents.url = url
  }
  show() {
    this.visible = true
  }
  hide() {
    this.visible = false
  }
  focus() {}
  restore() {
    this.minimized = false
  }
  isMinimized() {
    return this.minimized
  }
  isDestroyed() {
    return this.destroyed
  }
  isVisible() {
    return this.visible
  }
  /** The user closes the window; true when it really closed. */
  close() {
    const event = new Cancellable()
    this.emit('close', event)
    if (event.prevented) return false
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
    return true
  }
}

export interface FakeMenuItem {
  label?: string
  type?: string
  role?: string
  enabled?: boolean
  click?: () => void
  submenu?: FakeMenuItem[]
}

export class FakeTray extends EventEmitter {
  static all: FakeTray[] = []
  image: unknown
  tooltip = ''
  title = ''
  menu: { items: FakeMenuItem[] } | null = null
  destroyCount = 0
  constructor(image: unknown) {
    super()
    this.image = image
    FakeTray.all.push(this)
  }
  setImage(image: unknown) {
    this.image = image
  }
  setToolTip(text: string) {
    this.tooltip = text
  }
  setTitle(title: string) {
    this.title = title
  }
  setContextMenu(menu: { items: FakeMenuItem[] }) {
    this.menu = menu
  }
  destroy() {
    this.destroyCount += 1
  }
  /** The user picks a menu item by its label (`Copy link › US rotating` for one in a submenu). */
  pick(label: string) {
    const [top, sub] = label.split(' › ')
    const parent = this.menu?.items.find((i) => i.label === top)
    const item = sub ? parent?.submenu?.find((i) => i.label === sub) : parent
    if (!item?.click) throw new Error(`No clickable tray item "${label}"`)
    item.click()
  }
}

export function createFakeElectron(options: { userData: string; appPath: string; packaged?: boolean }) {
  const paths = new Map<string, string>([['userData', options.userData]])
  let ready = false
  let quitting = false
  const calls = {
    openExternal: [] as string[],
    clipboard: [] as string[],
    notifications: [] as string[],
    menus: [] as unknown[],
    /** Registered global shortcuts; a test presses one with `calls.shortcuts.get(accelerator)?.()`. */
    shortcuts: new Map<string, () => void>(),
    notificationBodies: [] as string[],
  }
  const powerMonitor = new EventEmitter()

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.packaged ?? false,
    lockGranted: true,
    exitCode: null as number | null,
    quitted: false,
    sandboxEnabled: false,
    getPath: (name: string) => paths.get(name) ?? `/fake/${name}`,
    setPath: (name: string, value: string) => paths.set(name, value),
    getAppPath: () => options.appPath,
    getName: () => 'Thordata Desktop',
    getVersion: () => '0.1.0',
    getPreferredSystemLanguages: () => ['en-US'],
    enableSandbox() {
      app.sandboxEnabled = true
    },
    requestSingleInstanceLock: () => app.lockGranted,
    isReady: () => ready,
    whenReady: async () => {
      ready = true
    },
    /** Like Electron: before-quit may be prevented; otherwise windows close and will-quit follows. */
    quit() {
      if (quitting || app.quitted) return
      const event = new Cancellable()
      app.emit('before-quit', event)
      if (event.prevented) return
      quitting = true
      for (const window of FakeBrowserWindow.all) if (!window.destroyed) window.close()
      app.emit('will-quit', new Cancellable())
      app.quitted = true
    },
    exit(code: number) {
      app.exitCode = code
    },
  })

  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
  const ipcMain = {
    handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, handler)
    },
    removeHandler: (channel: string) => handlers.delete(channel),
    handlers,
    /** A renderer frame at senderUrl calls a channel. */
    invoke: async (channel: string, input: unknown, senderUrl: string | null) => {
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`No handler registered for '${channel}'`)
      return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, input)
    },
  }

  /** Electron's protocol module (which is the default session's protocol): schemes and their handlers. */
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>()
  const protocol = {
    privilegedSchemes: [] as Array<{ scheme: string; privileges?: Record<string, boolean> }>,
    registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>) {
      // Electron ignores it after 'ready'; a fake that throws catches the mistake in tests.
      if (ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready')
      protocol.privilegedSchemes.push(...schemes)
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      if (protocolHandlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`)
      protocolHandlers.set(scheme, handler)
    },
    isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
    /** What the window would receive for a request to a custom scheme; throws like Chromium when none serves it. */
    async fetch(url: string, method = 'GET'): Promise<Response> {
      const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1))
      if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`)
      return handler(new Request(url, { method }))
    },
  }

  const defaultSession = {
    protocol,
    permissionRequest: null as Handler | null,
    permissionCheck: null as Handler | null,
    headersReceived: null as Handler | null,
    setPermissionRequestHandler(handler: Handler) {
      this.permissionRequest = handler
    },
    setPermissionCheckHandler(handler: Handler) {
      this.permissionCheck = handler
    },
    webRequest: {
      onHeadersReceived: (handler: Handler) => {
        defaultSession.headersReceived = handler
      },
    },
    /** A page asks for a permission; resolves with the answer. */
    request(permission: string, requestingUrl: string): Promise<boolean> {
      return new Promise((resolve) => {
        const handler = this.permissionRequest as unknown as (...a: unknown[]) => void
        handler({}, permission, resolve, { requestingUrl })
      })
    },
    check(permission: string, pageUrl: string | null): boolean {
      const handler = this.permissionCheck as unknown as (...a: unknown[]) => boolean
      const contents = pageUrl === null ? null : { getURL: () => pageUrl }
      return handler(contents, permission, '', {})
    },
    responseHeaders(headers: Record<string, string[]>): Record<string, string[]> {
      let result: Record<string, string[]> = {}
      const handler = this.headersReceived as unknown as (...a: unknown[]) => void
      handler({ responseHeaders: headers }, (response: { responseHeaders: Record<string, string[]> }) => {
        result = response.responseHeaders
      })
      return result
    },
  }

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    ipcMain,
    protocol,
    session: { defaultSession },
    // Chromium's network stack played by Node's http client, which talks to the simulator over loopback.
    net: { request: fakeNetRequest, isOnline: () => true },
    powerMonitor,
    globalShortcut: {
      register: (accelerator: string, run: () => void) => {
        if (calls.shortcuts.has(accelerator)) return false
        calls.shortcuts.set(accelerator, run)
        return true
      },
      unregister: (accelerator: string) => void calls.shortcuts.delete(accelerator),
      unregisterAll: () => calls.shortcuts.clear(),
    },
    nativeTheme: { shouldUseDarkColors: false },
    nativeImage: { createFromPath: (file: string) => ({ file }) },
    Menu: {
      buildFromTemplate: (items: FakeMenuItem[]) => ({ items }),
      setApplicationMenu: (menu: unknown) => calls.menus.push(menu),
    },
    Notification: class {
      static isSupported = () => true
      constructor(readonly options: { title: string; body: string }) {}
      show() {
        calls.notifications.push(this.options.title)
        calls.notificationBodies.push(this.options.body)
      }
    },
    shell: {
      openExternal: async (url: string) => {
        calls.openExternal.push(url)
      },
    },
    clipboard: { writeText: (text: string) => calls.clipboard.push(text) },
  }
  return { module, app, ipcMain, defaultSession, protocol, calls, powerMonitor }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>

export function resetFakeElectron() {
  FakeBrowserWindow.all = []
  FakeTray.all = []
}

/**
 * The module object for vi.mock('electron'): every export is read from the fake that `holder` points at when
 * the code under test uses it, so each test can start from a fresh fake.
 */
export function electronModuleProxy(holder: { current: FakeElectron | null }) {
  return new Proxy({}, { has: () => true, get: (_target, key: string) => holder.current?.module[key as never] })
}
