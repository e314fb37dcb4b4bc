import { app, clipboard, Notification } from 'electron'
import type { PlatformPorts } from '../core/ports'
import { loadNapiKeyring } from '../credentials/napi-keyring'
import type { Logger } from '../log/logger'
import { openInBrowser } from './external'
import { createElectronNetworkPort, createElectronPowerPort } from './power'
import { createElectronUpdater } from './updater'

export interface ElectronPortsOptions {
  log: Logger
  /** Runs before an update quits the app to install (stops the core while the app can wait). */
  beforeInstall?: () => Promise<void>
  /** The "Download updates automatically" setting (read when an update is found). */
  autoDownload?: () => boolean
}

/** The operating system as the core sees it, when running inside Electron. */
export function createElectronPorts(options: ElectronPortsOptions): PlatformPorts {
  return {
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      locales: app.getPreferredSystemLanguages(),
    },
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    // Checked again here, so no caller can hand the OS an unchecked URL.
    links: { open: openInBrowser },
    updater: createElectronUpdater(options.log, {
      beforeInstall: options.beforeInstall,
      autoDownload: options.autoDownload,
    }),
    keyring: loadNapiKeyring(),
    notify: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show()
    },
    power: createElectronPowerPort(),
    network: createElectronNetworkPort(),
  }
}
