import { BrowserWindow, nativeTheme } from 'electron'
import { describeUrlForLog } from '../app/window-policy'
import type { Logger } from '../log/logger'
import { openInBrowser } from './external'

export interface MainWindowOptions {
  preloadPath: string
  /** The dev server; when absent the window loads appPage. */
  rendererUrl?: string
  /** The built renderer on the app:// protocol (APP_PAGE_URL), never a file:// URL. */
  appPage: string
  isAppPage: (url: string) => boolean
  log: Logger
  /** Window icon (used on Linux; Windows and macOS take it from the app bundle). */
  icon?: string
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { isAppPage, log } = options
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Thordata Desktop',
    // Same colours as the page background in index.html, so the first paint does not flash.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1a1b1e' : '#f8f9fb',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  const contents = window.webContents

  window.once('ready-to-show', () => window.show())

  contents.setWindowOpenHandler(({ url }) => {
    if (isAppPage(contents.getURL())) {
      openInBrowser(url).catch(() => log.warn(`Refused to open ${describeUrlForLog(url)} in the browser`))
    }
    return { action: 'deny' }
  })

  const stayOnAppPage = (event: { preventDefault(): void }, url: string) => {
    if (isAppPage(url)) return
    event.preventDefault()
    log.warn(`Blocked navigation to ${describeUrlForLog(url)}`)
  }
  contents.on('will-navigate', (event, url) => stayOnAppPage(event, url))
  contents.on('will-redirect', (event, url) => stayOnAppPage(event, url))

  contents.on('render-process-gone', (_event, details) => log.error('The window crashed', details))

  void window.loadURL(options.rendererUrl ?? options.appPage)
  return window
}
