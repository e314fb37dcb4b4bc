import { join, resolve } from 'node:path'
import { app, type BrowserWindow, Notification, net, session } from 'electron'
import { APP_PAGE_URL } from './app/app-protocol'
import { createOnceFlag } from './app/once-flag'
import { type Core, createCore } from './core/create-core'
import { registerAppScheme, serveAppProtocol } from './electron/app-protocol'
import { bindIpc } from './electron/ipc'
import { installApplicationMenu } from './electron/menu'
import { createNetFetch } from './electron/net-fetch'
import { createElectronPorts } from './electron/platform'
import { lockDownWebContents, secureSession } from './electron/security'
import { createElectronShortcutPort } from './electron/shortcut'
import { createTrayController } from './electron/tray'
import { createMainWindow } from './electron/window'
import { t } from './i18n'
import { createSenderTrust } from './ipc/trust'
import { createLogger } from './log/logger'
import { createCopyAction } from './tray/copy-action'
import type { TrayPresenter } from './tray/presenter'
import { createShortcutBinding } from './tray/shortcut-binding'
import { scheduleUpdateChecks } from './updater/schedule'

const log = createLogger('main')
const STOP_TIMEOUT_MS = 3000

// Tests run each app in its own data folder; this must happen before anything reads userData (the lock does).
// Tests isolate their profile with THORDATA_USER_DATA; an installed app never lets the environment move it.
if (process.env.THORDATA_USER_DATA && !app.isPackaged) app.setPath('userData', resolve(process.env.THORDATA_USER_DATA))
app.enableSandbox()
lockDownWebContents(app)
// Before 'ready', as Electron requires: the built renderer is served from app://, never file://.
registerAppScheme()

if (app.requestSingleInstanceLock()) run()
else app.quit()

function run(): void {
  const rendererRoot = join(__dirname, '../renderer')
  // The dev server only exists in development; an installed app never loads a page named by the environment.
  const rendererUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  // Exactly one page is trusted: the one the window loads.
  const isAppPage = createSenderTrust(rendererUrl ? { rendererUrl } : { appPage: APP_PAGE_URL })
  const resources = join(app.getAppPath(), 'resources')
  const trayNotice = createOnceFlag(join(app.getPath('userData'), 'tray-notice-shown'))

  let core: Core | null = null
  let window: BrowserWindow | null = null
  let tray: TrayPresenter | null = null
  let shortcut: ReturnType<typeof createShortcutBinding> | null = null
  let quitting = false
  let stopping: Promise<void> | null = null
  let stopped = false

  /** Stops the core once, waiting at most a few seconds; quitting then goes ahead whatever happened. */
  const stopCore = (): Promise<void> => {
    stopping ??= Promise.race([
      core?.stop() ?? Promise.resolve(),
      new Promise<void>((done) => setTimeout(done, STOP_TIMEOUT_MS)),
    ])
      .catch((error: unknown) => log.error('Stopping failed', error))
      .finally(() => {
        stopped = true
      })
    return stopping
  }

  const openWindow = (): BrowserWindow => {
    const created = createMainWindow({
      preloadPath: join(__dirname, '../preload/index.js'),
      rendererUrl,
      appPage: APP_PAGE_URL,
      isAppPage,
      log,
      icon: process.platform === 'linux' ? join(resources, 'icon.png') : undefined,
    })
    created.on('close', (event) => {
      // With closeToTray off (a setting), closing the window quits (macOS keeps the app, as its apps do).
      if (quitting || !tray || tray.isDestroyed() || core?.settings().closeToTray === false) return
      event.preventDefault()
      created.hide()
      tellOnceAboutTray()
    })
    return created
  }

  const showWindow = () => {
    // Before the first window exists (e.g. a second launch during startup) there is nothing to show yet.
    if (!window) return
    if (window.isDestroyed()) window = openWindow()
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  }

  const tellOnceAboutTray = () => {
    if (trayNotice.seen() || !Notification.isSupported()) return
    trayNotice.mark()
    new Notification({
      title: t('tray:notice.stillRunningTitle'),
      body: t('tray:notice.stillRunningBody'),
    }).show()
  }

  app.on('second-instance', showWindow)
  app.on('activate', showWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', (event) => {
    quitting = true
    if (stopped) return
    // Hold the quit until the core has stopped, then quit for real.
    event.preventDefault()
    void stopCore().then(() => app.quit())
  })
  // Destroyed here, once: Electron can crash when a tray is destroyed twice on quit (electron#32581).
  app.on('will-quit', () => {
    shortcut?.dispose()
    tray?.destroy()
  })

  app
    .whenReady()
    .then(async () => {
      installApplicationMenu()
      secureSession(session.defaultSession, isAppPage, log, { devServer: Boolean(rendererUrl) })
      serveAppProtocol(session.defaultSession, rendererRoot)
      const ports = createElectronPorts({
        log,
        // On macOS the install closes every window before it quits: close-to-tray must let them close then.
        beforeInstall: async () => {
          quitting = true
          await stopCore()
        },
        autoDownload: () => core?.settings().autoDownloadUpdates ?? true,
      })
      // Chromium's stack rather than Node's (system proxy, OS certificates), with redirects answered, never followed.
      const started = createCore({
        userDataDir: app.getPath('userData'),
        ports,
        trust: isAppPage,
        log,
        fetch: createNetFetch((options) => net.request(options)),
        onSettings: (settings) => shortcut?.apply(settings.globalShortcut),
      })
      core = started
      const ready = started.start().catch((error: unknown) => log.error('Starting failed', error))
      // The window loads while the core starts; requests wait for the start to finish.
      bindIpc(
        {
          dispatch: async (channel, input, sender) => {
            await ready
            return started.dispatch(channel, input, sender)
          },
          subscribe: (listener) => started.subscribe(listener),
        },
        () => (window && !window.isDestroyed() ? window.webContents : null),
      )
      window = openWindow()
      // The first check waits for the first paint, so it never competes with the opening screen.
      window.once('ready-to-show', () => {
        const stopChecks = scheduleUpdateChecks({ updater: ports.updater, log })
        app.once('will-quit', stopChecks)
      })
      await ready
      // Copying from the tray or the shortcut has no window to answer in: a notification confirms it.
      const notify = ports.notify ?? (() => {})
      const copy = createCopyAction({ presets: started.presets, notify, log })
      tray = createTrayController({
        iconDir: join(resources, 'tray'),
        source: started.tray,
        onOpen: showWindow,
        onRefresh: () => void started.tray.refresh(),
        onQuit: () => app.quit(),
        onCopy: (presetId) => void copy(presetId),
      })
      shortcut = createShortcutBinding({
        port: createElectronShortcutPort(),
        onPress: () => void copy(),
        onUnavailable: (accelerator) =>
          notify(t('tray:shortcut.unavailableTitle'), t('tray:shortcut.unavailableBody', { accelerator })),
      })
      shortcut.apply(started.settings().globalShortcut)
    })
    .catch((error: unknown) => {
      log.error('Thordata Desktop could not start', error)
      app.exit(1)
    })
}
