import { createRequire } from 'node:module'
import { app } from 'electron'
import type { UpdaterPort } from '../core/ports'
import { t } from '../i18n'
import type { Logger } from '../log/logger'
import { createUpdaterController } from '../updater/controller'
import { createUnsupportedUpdater } from '../updater/unsupported'

/** electron-updater behind the update state machine; loaded on the first check, never at startup. */
export function createElectronUpdater(log: Logger, options: { beforeInstall?: () => Promise<void> } = {}): UpdaterPort {
  if (!app.isPackaged) return createUnsupportedUpdater(() => t('errors:updater.installedOnly'))
  return createUpdaterController(
    async () => {
      // require, not import(): from an ES import, electron-updater's lazy autoUpdater getter is not a named export.
      const { autoUpdater } = createRequire(__filename)('electron-updater') as typeof import('electron-updater')
      // Ask before downloading; a downloaded update still installs when the app quits.
      autoUpdater.autoDownload = false
      autoUpdater.autoInstallOnAppQuit = true
      autoUpdater.logger = log
      return autoUpdater
    },
    { log, beforeInstall: options.beforeInstall },
  )
}
