import { EventEmitter } from 'node:events'
import type { UpdaterPort } from '../../src/main/core/ports'
import { createUpdaterController, type UpdaterDriver } from '../../src/main/updater/controller'
import { createUnsupportedUpdater } from '../../src/main/updater/unsupported'
import type { UpdaterStatus } from '../../src/shared/domain/app'

/** What the next check and download do: the events a real electron-updater emits for each outcome. */
export interface UpdaterScript {
  /** `stall`: the check never answers (for a look at "Checking…"). */
  check: 'available' | 'none' | 'offline' | 'stall'
  version?: string
  notes?: string
  /** `stall`: the download stops at 53% and stays there (for a look at the progress bar). */
  download?: 'ok' | 'damaged' | 'stall'
}

/**
 * The updater of the browser preview under test: unsupported (as for a person's preview) until a test scripts it
 * through /__bridge/updater; then the app's real state machine and controller run over a driver that emits what
 * electron-updater emits. `installs` counts quitAndInstall calls, so a test can see "Restart now" installs once.
 */
export function createScriptedUpdater(reason: () => string) {
  const unsupported = createUnsupportedUpdater(reason)
  const driver = new EventEmitter() as EventEmitter & UpdaterDriver
  let script: UpdaterScript | null = null
  const counts = { checks: 0, downloads: 0, installs: 0 }
  const error = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {})
  Object.assign(driver, {
    checkForUpdates: async () => {
      counts.checks++
      driver.emit('checking-for-update')
      if (script?.check === 'stall') return new Promise<never>(() => {})
      if (script?.check === 'offline') driver.emit('error', error('net::ERR_INTERNET_DISCONNECTED'))
      else if (script?.check === 'available') {
        driver.emit('update-available', { version: script.version ?? '0.2.0', releaseNotes: script.notes ?? null })
      } else driver.emit('update-not-available', { version: '0.1.0' })
      return null
    },
    downloadUpdate: async () => {
      counts.downloads++
      if (script?.download === 'stall') {
        driver.emit('download-progress', { percent: 52.9 })
        return new Promise<never>(() => {})
      }
      for (const percent of [18.4, 52.9, 87.1]) driver.emit('download-progress', { percent })
      if (script?.download === 'damaged')
        driver.emit('error', error('sha512 checksum mismatch', 'ERR_CHECKSUM_MISMATCH'))
      else
        driver.emit('update-downloaded', { version: script?.version ?? '0.2.0', releaseNotes: script?.notes ?? null })
      return []
    },
    quitAndInstall: () => void counts.installs++,
  })
  const scripted = createUpdaterController(async () => driver)
  const listeners = new Set<(status: UpdaterStatus) => void>()
  scripted.onStatus((status) => {
    for (const listener of listeners) listener(status)
  })
  const active = (): UpdaterPort => (script ? scripted : unsupported)
  const port: UpdaterPort = {
    status: () => active().status(),
    check: () => active().check(),
    download: () => active().download(),
    install: () => active().install(),
    onStatus: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return {
    port,
    counts,
    /** Scripts the next checks; the first script turns the updater on (the window hears "not checked yet"). */
    setScript(next: UpdaterScript) {
      const first = script === null
      script = next
      if (first) for (const listener of listeners) listener(port.status())
    },
  }
}
