import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { app } from 'electron'
import type { UpdaterPort } from '../core/ports'
import { t } from '../i18n'
import type { Logger } from '../log/logger'
import { createUpdaterController } from '../updater/controller'
import { type InstallFacts, updateBlocker } from '../updater/support'
import { createUnsupportedUpdater } from '../updater/unsupported'

const readOr = <T>(read: () => T, fallback: T): T => {
  try {
    return read()
  } catch {
    return fallback
  }
}

/** How this copy was installed, from what the OS, electron-builder and the build config left behind. */
function installFacts(): InstallFacts {
  const packageType = readOr(() => readFileSync(join(process.resourcesPath, 'package-type'), 'utf8').trim(), null)
  const build = readOr(
    () => JSON.parse(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8')).thordataBuild as unknown,
    null,
  )
  const signed = typeof build === 'object' && build !== null && 'signed' in build ? build.signed : null
  return {
    packaged: app.isPackaged,
    platform: process.platform,
    env: process.env,
    windowsStore: process.windowsStore === true,
    packageType: packageType || null,
    signed: typeof signed === 'boolean' ? signed : null,
  }
}

export interface ElectronUpdaterOptions {
  beforeInstall?: () => Promise<void>
  /** The "Download updates automatically" setting, read at each found update. */
  autoDownload?: () => boolean
}

/** electron-updater behind the update state machine; loaded on the first check, never at startup. */
export function createElectronUpdater(log: Logger, options: ElectronUpdaterOptions = {}): UpdaterPort {
  const blocker = updateBlocker(installFacts())
  if (blocker) {
    log.info(`Updates off: ${blocker.key}`)
    return createUnsupportedUpdater(() => t(blocker.key, blocker))
  }
  return createUpdaterController(
    async () => {
      // require, not import(): from an ES import, electron-updater's lazy autoUpdater getter is not a named export.
      const { autoUpdater } = createRequire(__filename)('electron-updater') as typeof import('electron-updater')
      // The controller starts the download (at once with the setting on, else when asked).
      autoUpdater.autoDownload = false
      autoUpdater.autoInstallOnAppQuit = true
      autoUpdater.logger = log
      return autoUpdater
    },
    { log, beforeInstall: options.beforeInstall, autoDownload: options.autoDownload },
  )
}
