import type { UpdaterStatus } from '@shared/domain/app'
import type { UpdaterPort } from '../core/ports'
import { t } from '../i18n'
import type { Logger } from '../log/logger'
import { initialUpdaterStatus, refusal, type UpdaterEvent, updaterReducer } from './machine'
import { plainReleaseNotes, type ReleaseNotes } from './release-notes'

/** What electron-updater's UpdateInfo carries that the status shows. */
export interface UpdateInfoLike {
  version: string
  releaseNotes?: ReleaseNotes
}

/** The part of electron-updater's autoUpdater the controller drives (so tests can pass an EventEmitter). */
export interface UpdaterDriver {
  on(event: 'checking-for-update', listener: () => void): unknown
  on(
    event: 'update-available' | 'update-not-available' | 'update-downloaded',
    listener: (info: UpdateInfoLike) => void,
  ): unknown
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  checkForUpdates(): Promise<unknown>
  downloadUpdate(): Promise<unknown>
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void
}

export interface UpdaterControllerOptions {
  now?: () => Date
  log?: Logger
  /** Runs before quitAndInstall, e.g. to stop the core cleanly while the app can still wait for it. */
  beforeInstall?: () => Promise<void>
  /** Read at each found update: true downloads it straight away (the "Download updates automatically" setting). */
  autoDownload?: () => boolean
}

/**
 * Runs the update state machine over a driver that is loaded on the first command, so electron-updater costs
 * nothing at startup. Commands that the current state does not allow return the status unchanged.
 */
export function createUpdaterController(
  loadDriver: () => Promise<UpdaterDriver>,
  options: UpdaterControllerOptions = {},
): UpdaterPort {
  const now = options.now ?? (() => new Date())
  const listeners = new Set<(status: UpdaterStatus) => void>()
  let status = initialUpdaterStatus
  let driver: Promise<UpdaterDriver> | null = null
  let installing = false

  const apply = (event: UpdaterEvent) => {
    const next = updaterReducer(status, event)
    if (JSON.stringify(next) === JSON.stringify(status)) return
    status = next
    for (const listener of listeners) listener(status)
  }

  const attach = (d: UpdaterDriver) => {
    d.on('checking-for-update', () => apply({ type: 'checking-for-update' }))
    d.on('update-available', (info) =>
      apply({ type: 'update-available', version: info.version, notes: plainReleaseNotes(info.releaseNotes) }),
    )
    d.on('update-not-available', () => apply({ type: 'update-not-available', at: now().toISOString() }))
    d.on('download-progress', (progress) => apply({ type: 'download-progress', percent: progress.percent }))
    d.on('update-downloaded', (info) =>
      apply({ type: 'update-downloaded', version: info.version, notes: plainReleaseNotes(info.releaseNotes) }),
    )
    d.on('error', (error) => {
      options.log?.warn('Updater error', error)
      apply({ type: 'error', error })
    })
    return d
  }

  const getDriver = () => {
    driver ??= loadDriver().then(attach)
    // A failed load is retried by the next command instead of being cached forever.
    driver.catch(() => {
      driver = null
    })
    return driver
  }

  const run = async (work: (d: UpdaterDriver) => Promise<unknown>) => {
    try {
      await work(await getDriver())
    } catch (error) {
      apply({ type: 'error', error })
    }
    return status
  }

  const download = async () => {
    if (refusal(status, 'download')) return status
    apply({ type: 'download-progress', percent: 0 })
    return run((d) => d.downloadUpdate())
  }

  return {
    status: () => status,
    check: async () => {
      if (refusal(status, 'check')) return status
      apply({ type: 'checking-for-update' })
      await run((d) => d.checkForUpdates())
      // electron-updater answers with an event before its promise settles; silence means it skipped the check.
      if (status.state === 'checking') apply({ type: 'error', error: t('errors:updater.noAnswer') })
      // The check answers now; the download goes on behind it, its progress pushed like any other status.
      const found = status
      if (found.state === 'available' && options.autoDownload?.()) void download()
      return found
    },
    download,
    install: () => {
      const reason = refusal(status, 'install')
      if (reason) {
        options.log?.warn(`Install ignored: ${reason}`)
        return
      }
      // A second "Restart now" (a double click, the banner and About) while the app is quitting does nothing.
      if (installing) return
      installing = true
      getDriver()
        .then(async (d) => {
          await options.beforeInstall?.()
          d.quitAndInstall(true, true)
        })
        .catch((error: unknown) => {
          installing = false
          apply({ type: 'error', error })
        })
    },
    onStatus: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
