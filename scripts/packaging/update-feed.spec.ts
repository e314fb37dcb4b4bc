// electron-updater itself, in plain Node: the real AppImageUpdater (with a stand-in for the `electron` module) checks
// a loopback feed serving the release the packaging step made (global-setup.ts: a stand-in AppImage and the
// latest-linux.yml electron-builder wrote for it), and the app's own state machine is driven by its events.
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { UpdaterStatus } from '@shared/domain/app'
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest'
import { t } from '../../src/main/i18n'
import { createUpdaterController, type UpdaterDriver } from '../../src/main/updater/controller'
import { installFakeElectronModule } from '../../src/main/updater/testing/fake-electron-module'
import { startReleaseFeed } from '../../src/main/updater/testing/release-feed'

const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }
const { skipReason, result } = inject('linuxPack')
/** The version the "installed" app reports: older than the packaged release, which the feed offers. */
const OLDER = '0.0.1'

describe.skipIf(skipReason)('electron-updater against a feed of the packaged release', () => {
  const releaseDir = result?.releaseDir ?? ''
  let work: string
  let restoreElectron: () => void
  const saved = {
    resourcesPath: process.resourcesPath,
    APPIMAGE: process.env.APPIMAGE,
    XDG_CACHE_HOME: process.env.XDG_CACHE_HOME,
  }

  const setResourcesPath = (value: string | undefined) =>
    Object.defineProperty(process, 'resourcesPath', { value, configurable: true, writable: true })

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'thordata-updater-'))
    // Where an installed AppImage keeps app-update.yml (resources), the AppImage being replaced, the update cache.
    setResourcesPath(work)
    process.env.APPIMAGE = join(work, 'thordata-desktop-installed.AppImage')
    process.env.XDG_CACHE_HOME = join(work, 'cache')
    await writeFile(process.env.APPIMAGE, 'the installed AppImage')
  })

  afterEach(async () => {
    vi.restoreAllMocks()
    vi.useRealTimers()
    restoreElectron()
    setResourcesPath(saved.resourcesPath)
    for (const key of ['APPIMAGE', 'XDG_CACHE_HOME'] as const) {
      if (saved[key] === undefined) delete process.env[key]
      else process.env[key] = saved[key]
    }
    await rm(work, { recursive: true, force: true })
  })

  /** The app's controller over the real AppImageUpdater of an app at `installed`, its app-update.yml pointing at `url`. */
  async function appUpdater(url: string, installed = OLDER) {
    restoreElectron = installFakeElectronModule({ version: installed, userData: join(work, 'userData') })
    const packaged = readFileSync(join(result?.appOutDir ?? '', 'resources', 'app-update.yml'), 'utf8')
    // The packaged app-update.yml, only its URL moved to the loopback feed.
    writeFileSync(join(work, 'app-update.yml'), packaged.replace(/^url: .*$/m, `url: ${url}`))
    const { AppImageUpdater } = createRequire(__filename)('electron-updater') as typeof import('electron-updater')
    const real = new AppImageUpdater()
    real.autoDownload = false
    // A full download: the differential path needs the blockmap of a real AppImage.
    real.disableDifferentialDownload = true
    real.logger = null
    const updater = createUpdaterController(async () => real as unknown as UpdaterDriver)
    const seen: UpdaterStatus[] = []
    updater.onStatus((status) => seen.push(status))
    return { updater, seen }
  }

  const notes = 'What changed\n• ISP, unlimited and CDK tabs'

  it('finds the release, downloads it with progress, verifies its sha512 and is ready to install', async () => {
    // The download's progress is timed with Date.now(): each chunk arrives "a second later" on this clock.
    let clock = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => clock)
    const feed = await startReleaseFeed({ releaseDir, chunks: 4, beforeChunk: () => (clock += 1_100) })
    try {
      const { updater, seen } = await appUpdater(feed.url)
      expect(await updater.check()).toEqual({ state: 'available', version: pkg.version, notes })
      expect(await updater.download()).toEqual({ state: 'ready', version: pkg.version, notes })
      const percents = seen.flatMap((s) => (s.state === 'downloading' ? [s.percent] : []))
      expect(percents[0]).toBe(0)
      expect(percents.some((p) => p > 0 && p < 100)).toBe(true)
      expect(percents).toEqual([...percents].sort((a, b) => a - b))
      expect(feed.requests.filter((path) => path.endsWith('.AppImage'))).toHaveLength(1)
    } finally {
      await feed.close()
    }
  })

  it('refuses a tampered download with a clear error, and a second try starts over', async () => {
    const feed = await startReleaseFeed({ releaseDir, tamper: true })
    try {
      const { updater } = await appUpdater(feed.url)
      await updater.check()
      expect(await updater.download()).toEqual({ state: 'error', message: t('errors:updater.damaged') })
      expect((await updater.check()).state).toBe('available')
    } finally {
      await feed.close()
    }
  })

  it('says the app is up to date when it already runs the released version', async () => {
    const feed = await startReleaseFeed({ releaseDir })
    try {
      const { updater } = await appUpdater(feed.url, pkg.version)
      expect((await updater.check()).state).toBe('up-to-date')
      expect(feed.requests.some((path) => path.endsWith('.AppImage'))).toBe(false)
    } finally {
      await feed.close()
    }
  })

  it('says the update server cannot be reached, and finds the release when it is back', async () => {
    const feed = await startReleaseFeed({ releaseDir })
    const port = Number(new URL(feed.url).port)
    await feed.close()
    const { updater } = await appUpdater(feed.url)
    // electron-updater itself waits 0 + 1 + 2 s between refused connections: those waits pass on a fake clock.
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let settled = false
    const checking = updater.check().finally(() => (settled = true))
    while (!settled) {
      await new Promise((done) => setImmediate(done))
      await vi.advanceTimersByTimeAsync(500)
    }
    vi.useRealTimers()
    expect(await checking).toEqual({ state: 'error', message: t('errors:updater.offline') })
    const back = await startReleaseFeed({ releaseDir, port })
    try {
      expect((await updater.check()).state).toBe('available')
    } finally {
      await back.close()
    }
  })

  it('reports a connection lost mid-download, and the next try downloads it whole', async () => {
    const cut = await startReleaseFeed({ releaseDir, chunks: 4, cutAfterChunks: 2 })
    const { updater } = await appUpdater(cut.url)
    try {
      await updater.check()
      expect(await updater.download()).toEqual({ state: 'error', message: t('errors:updater.offline') })
    } finally {
      await cut.close()
    }
    const whole = await startReleaseFeed({ releaseDir, port: Number(new URL(cut.url).port) })
    try {
      expect((await updater.check()).state).toBe('available')
      expect((await updater.download()).state).toBe('ready')
    } finally {
      await whole.close()
    }
  })
})
