import { EventEmitter } from 'node:events'
import type { UpdaterStatus } from '@shared/domain/app'
import { describe, expect, it, vi } from 'vitest'
import { createUpdaterController, type UpdaterDriver } from './controller'

/** A stand-in for electron-updater's autoUpdater: an EventEmitter whose commands emit what the real one emits. */
function fakeAutoUpdater(script: { check?: (u: FakeUpdater) => Promise<unknown> } = {}) {
  const emitter = new EventEmitter() as EventEmitter & UpdaterDriver
  const updater = Object.assign(emitter, {
    checkForUpdates: vi.fn(async () => {
      emitter.emit('checking-for-update')
      if (script.check) return script.check(updater)
      emitter.emit('update-available', { version: '1.2.0', releaseNotes: '<p>Faster <b>tray</b></p>' })
      return { isUpdateAvailable: true }
    }),
    downloadUpdate: vi.fn(async () => {
      emitter.emit('download-progress', { percent: 50 })
      emitter.emit('update-downloaded', { version: '1.2.0', releaseNotes: '<p>Faster <b>tray</b></p>' })
      return ['/tmp/update.zip']
    }),
    quitAndInstall: vi.fn(),
  })
  return updater
}
type FakeUpdater = ReturnType<typeof fakeAutoUpdater>

const now = () => new Date('2026-11-27T12:00:00Z')

describe('updater controller', () => {
  it('loads electron-updater only when first asked', async () => {
    const load = vi.fn(async () => fakeAutoUpdater())
    const updater = createUpdaterController(load, { now })
    expect(updater.status()).toEqual({ state: 'idle' })
    expect(load).not.toHaveBeenCalled()
    await updater.check()
    await updater.check()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('asks before downloading: a check stops at "available"', async () => {
    const auto = fakeAutoUpdater()
    const updater = createUpdaterController(async () => auto, { now })
    expect(await updater.check()).toEqual({ state: 'available', version: '1.2.0', notes: 'Faster tray' })
    expect(auto.downloadUpdate).not.toHaveBeenCalled()
  })

  it('downloads straight after the check when automatic download is on, and not when it is off', async () => {
    let automatic = true
    const auto = fakeAutoUpdater()
    const updater = createUpdaterController(async () => auto, { now, autoDownload: () => automatic })
    expect((await updater.check()).state).toBe('available')
    await vi.waitFor(() => expect(updater.status()).toEqual({ state: 'ready', version: '1.2.0', notes: 'Faster tray' }))
    expect(auto.downloadUpdate).toHaveBeenCalledTimes(1)

    automatic = false
    const later = fakeAutoUpdater()
    const manual = createUpdaterController(async () => later, { now, autoDownload: () => automatic })
    await manual.check()
    await new Promise((resolve) => setImmediate(resolve))
    expect(later.downloadUpdate).not.toHaveBeenCalled()
    expect(manual.status().state).toBe('available')
  })

  it('downloads on request, reports every step, and installs with a restart', async () => {
    const auto = fakeAutoUpdater()
    const updater = createUpdaterController(async () => auto, { now })
    const seen: UpdaterStatus[] = []
    updater.onStatus((s) => seen.push(s))
    await updater.check()
    expect(await updater.download()).toEqual({ state: 'ready', version: '1.2.0', notes: 'Faster tray' })
    updater.install()
    updater.install()
    await vi.waitFor(() => expect(auto.quitAndInstall).toHaveBeenCalledWith(true, true))
    await new Promise((resolve) => setImmediate(resolve))
    // Twice asked (a double click, or the banner and About), once installed.
    expect(auto.quitAndInstall).toHaveBeenCalledTimes(1)
    expect(seen).toEqual([
      { state: 'checking' },
      { state: 'available', version: '1.2.0', notes: 'Faster tray' },
      { state: 'downloading', version: '1.2.0', notes: 'Faster tray', percent: 0 },
      { state: 'downloading', version: '1.2.0', notes: 'Faster tray', percent: 50 },
      { state: 'ready', version: '1.2.0', notes: 'Faster tray' },
    ])
  })

  it('reports "up to date" with the time of the check', async () => {
    const auto = fakeAutoUpdater({
      check: async (u) => {
        u.emit('update-not-available', { version: '0.1.0' })
        return { isUpdateAvailable: false }
      },
    })
    const updater = createUpdaterController(async () => auto, { now })
    expect(await updater.check()).toEqual({ state: 'up-to-date', checkedAt: '2026-11-27T12:00:00.000Z' })
  })

  it('lets the app shut down cleanly before it quits to install', async () => {
    const auto = fakeAutoUpdater()
    const order: string[] = []
    auto.quitAndInstall.mockImplementation(() => order.push('quitAndInstall'))
    const beforeInstall = async () => {
      await new Promise((r) => setTimeout(r, 5))
      order.push('core stopped')
    }
    const updater = createUpdaterController(async () => auto, { now, beforeInstall })
    await updater.check()
    await updater.download()
    updater.install()
    await vi.waitFor(() => expect(order).toEqual(['core stopped', 'quitAndInstall']))
  })

  it('refuses to download or install out of order', async () => {
    const auto = fakeAutoUpdater()
    const updater = createUpdaterController(async () => auto, { now })
    expect(await updater.download()).toEqual({ state: 'idle' })
    updater.install()
    await updater.check()
    updater.install()
    await new Promise((r) => setTimeout(r, 0))
    expect(auto.downloadUpdate).not.toHaveBeenCalled()
    expect(auto.quitAndInstall).not.toHaveBeenCalled()
  })

  it('does not start a second check while one is running', async () => {
    let finish!: () => void
    const auto = fakeAutoUpdater({
      check: (u) =>
        new Promise((resolve) => {
          finish = () => {
            u.emit('update-not-available', { version: '0.1.0' })
            resolve(null)
          }
        }),
    })
    const updater = createUpdaterController(async () => auto, { now })
    const first = updater.check()
    await vi.waitFor(() => expect(auto.checkForUpdates).toHaveBeenCalledTimes(1))
    expect(await updater.check()).toEqual({ state: 'checking' })
    finish()
    await first
    expect(auto.checkForUpdates).toHaveBeenCalledTimes(1)
  })

  it('turns a failed check into a readable error and allows another try', async () => {
    const auto = fakeAutoUpdater({
      check: async (u) => {
        const error = new Error('net::ERR_NAME_NOT_RESOLVED')
        u.emit('error', error)
        throw error
      },
    })
    const updater = createUpdaterController(async () => auto, { now })
    expect(await updater.check()).toEqual({
      state: 'error',
      message: 'Could not reach the update server. Check your internet connection and try again.',
    })
    await updater.check()
    expect(auto.checkForUpdates).toHaveBeenCalledTimes(2)
  })

  it('tells listeners once per change even when electron-updater both emits and throws', async () => {
    const auto = fakeAutoUpdater({
      check: async (u) => {
        const error = new Error('HttpError: 404')
        u.emit('error', error)
        throw error
      },
    })
    const updater = createUpdaterController(async () => auto, { now })
    const listener = vi.fn()
    updater.onStatus(listener)
    await updater.check()
    expect(listener.mock.calls.map(([s]) => s.state)).toEqual(['checking', 'error'])
  })

  it('does not hang in "checking" when electron-updater skips the check silently', async () => {
    const auto = fakeAutoUpdater({ check: async () => null })
    const updater = createUpdaterController(async () => auto, { now })
    expect(await updater.check()).toEqual({
      state: 'error',
      message: 'The update failed: The update server gave no answer',
    })
  })

  it('reports a failure to load the updater and retries the load on the next check', async () => {
    const load = vi.fn<() => Promise<UpdaterDriver>>().mockRejectedValueOnce(new Error('Cannot find module'))
    load.mockResolvedValueOnce(fakeAutoUpdater())
    const updater = createUpdaterController(load, { now })
    expect((await updater.check()).state).toBe('error')
    expect(await updater.check()).toEqual({ state: 'available', version: '1.2.0', notes: 'Faster tray' })
  })

  it('stops telling a listener after it unsubscribes', async () => {
    const updater = createUpdaterController(async () => fakeAutoUpdater(), { now })
    const listener = vi.fn()
    const off = updater.onStatus(listener)
    off()
    await updater.check()
    expect(listener).not.toHaveBeenCalled()
  })
})
