import * as nodeFs from 'node:fs/promises'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultSettings } from '@shared/domain/settings'
import { AppErrorException } from '@shared/errors'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { createStateStore, newerVersionMessage, type StoreFs } from './store'

/** settings.json that cannot be used as it is: real files in a temp dir, a fake fs layer only where root cannot fail. */
let dir: string
let file: string
/** Every wait between retries, in ms; nothing really waits. */
let waits: number[]
const at = new Date('2026-12-01T14:24:04.123Z')
const brokenName = 'settings.broken-2026-12-01T14-24-04Z.json'
const now = () => at

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thordata-settings-faults-'))
  file = join(dir, 'settings.json')
  waits = []
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
const fsWith = (overrides: Partial<StoreFs>): StoreFs => ({ ...nodeFs, ...overrides })
const sleep = async (ms: number) => {
  waits.push(ms)
}
const launch = (fs?: StoreFs, log = createMemoryLogger()) => ({
  store: createStateStore(dir, log, { fs, now, sleep }),
  log,
})
const demo = { settings: { ...defaultSettings, usageUnit: 'MB' as const }, mode: 'demo' as const }

describe('a settings file that fails to load', () => {
  it.each([
    ['not JSON', '{ oops'],
    ['empty', ''],
    ['JSON null', 'null'],
    ['a list', '[]'],
    ['no version', '{"mode":"demo"}'],
    ['an unknown mode', '{"version":1,"mode":"sideways"}'],
    ['settings that are not an object', '{"version":1,"settings":[1,2]}'],
  ])('%s: is moved aside, the app starts on defaults and says so once', async (_, content) => {
    await writeFile(file, content)
    const { store, log } = launch()
    const loaded = await store.load()
    expect(loaded).toMatchObject({ settings: defaultSettings, mode: 'none', modeFromFile: false, readOnly: null })
    expect(loaded.notice).toEqual({ kind: 'moved-aside', movedTo: join(dir, brokenName) })
    expect(await readFile(join(dir, brokenName), 'utf8')).toBe(content)
    expect(log.lines.filter((line) => line.includes('moved it to'))).toHaveLength(1)

    await store.save(demo)
    const next = await launch().store.load()
    expect(next).toMatchObject({ ...demo, notice: null })
  })

  it('an unreadable file (EACCES) is moved aside whole, not overwritten', async () => {
    await writeFile(file, '{"version":1,"mode":"account"}')
    const denied = fsWith({ readFile: (async () => Promise.reject(errno('EACCES'))) as StoreFs['readFile'] })
    const { store, log } = launch(denied)
    const loaded = await store.load()
    expect(loaded.notice).toEqual({ kind: 'moved-aside', movedTo: join(dir, brokenName) })
    expect(loaded.modeFromFile).toBe(false)
    expect(await readFile(join(dir, brokenName), 'utf8')).toBe('{"version":1,"mode":"account"}')
    expect(log.lines.join('\n')).toMatch(/could not be read \(EACCES\)/)
  })

  it('a directory named settings.json is renamed aside at once and the next save writes a real file', async () => {
    await mkdir(file)
    await writeFile(join(file, 'inside.txt'), 'kept')
    const { store } = launch()
    expect((await store.load()).notice).toEqual({ kind: 'moved-aside', movedTo: join(dir, brokenName) })
    expect(waits).toEqual([])
    expect(await readFile(join(dir, brokenName, 'inside.txt'), 'utf8')).toBe('kept')
    await store.save(demo)
    expect((await stat(file)).isFile()).toBe(true)
  })

  it.each(['EBUSY', 'EPERM', 'EACCES', 'EMFILE', 'ENFILE', 'EAGAIN'])(
    'held for a moment (%s twice, as an antivirus or indexer does): loads normally, nothing moved aside',
    async (code) => {
      const content = JSON.stringify({ version: 2, mode: 'demo', settings: { usageUnit: 'MB' } })
      await writeFile(file, content)
      let failures = 0
      const held = fsWith({
        readFile: (async (...args: Parameters<StoreFs['readFile']>) => {
          if (++failures <= 2) throw errno(code)
          return nodeFs.readFile(...args)
        }) as StoreFs['readFile'],
      })
      const { store, log } = launch(held)
      expect(await store.load()).toMatchObject({ ...demo, notice: null, modeFromFile: true, readOnly: null })
      expect(waits).toEqual([25, 50])
      expect(await readdir(dir)).toEqual(['settings.json'])
      expect(await readFile(file, 'utf8')).toBe(content)
      expect(log.lines).toEqual([])
    },
  )

  it('held for longer than a moment (EBUSY at every try): moved aside as unreadable', async () => {
    await writeFile(file, '{"version":2,"mode":"demo"}')
    const held = fsWith({ readFile: (async () => Promise.reject(errno('EBUSY'))) as StoreFs['readFile'] })
    const { store, log } = launch(held)
    const loaded = await store.load()
    expect(loaded).toMatchObject({ settings: defaultSettings, mode: 'none', modeFromFile: false })
    expect(loaded.notice).toEqual({ kind: 'moved-aside', movedTo: join(dir, brokenName) })
    expect(waits).toEqual([25, 50, 100])
    expect(await readFile(join(dir, brokenName), 'utf8')).toBe('{"version":2,"mode":"demo"}')
    expect(log.lines.join('\n')).toMatch(/could not be read \(EBUSY\)/)
  })

  it('a directory that cannot be moved aside: defaults, read-only, and the reason', async () => {
    await mkdir(file)
    const stuck = fsWith({ rename: (async () => Promise.reject(errno('EPERM'))) as StoreFs['rename'] })
    const { store } = launch(stuck)
    const loaded = await store.load()
    expect(loaded).toMatchObject({ settings: defaultSettings, mode: 'none' })
    expect(loaded.notice).toMatchObject({ kind: 'unwritable' })
    expect(loaded.notice?.kind === 'unwritable' && loaded.notice.reason).toMatch(/could not be read \(EISDIR\).*EPERM/)
    const refused = await store.save(demo).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AppErrorException)
    expect((refused as AppErrorException).appError).toMatchObject({ kind: 'conflict', retryable: false })
    expect((await stat(file)).isDirectory()).toBe(true)
  })

  it('two breaks in the same second keep both old files', async () => {
    await writeFile(file, 'first')
    await launch().store.load()
    await writeFile(file, 'second')
    expect((await launch().store.load()).notice).toMatchObject({ movedTo: join(dir, brokenName.replace('Z', 'Z-2')) })
    expect(await readFile(join(dir, brokenName), 'utf8')).toBe('first')
    expect(await readFile(join(dir, brokenName.replace('Z', 'Z-2')), 'utf8')).toBe('second')
  })
})

describe('a settings file written by a newer version', () => {
  const newer = JSON.stringify({
    version: 3,
    mode: 'demo',
    settings: { usageUnit: 'MB', balanceUnit: 'nonsense', hologramMode: true },
    profiles: [{ name: 'work' }],
  })

  it('is used read-only: known fields kept, never overwritten, saves refused with the reason', async () => {
    await writeFile(file, newer)
    const { store } = launch()
    const loaded = await store.load()
    expect(loaded).toMatchObject({ mode: 'demo', modeFromFile: true, notice: { kind: 'newer-version', version: 3 } })
    expect(loaded.settings).toEqual({ ...defaultSettings, usageUnit: 'MB' })
    await expect(store.save(demo)).rejects.toThrow(newerVersionMessage)
    expect(await readFile(file, 'utf8')).toBe(newer)
    expect(await readdir(dir)).toEqual(['settings.json'])
  })

  it('keeps saying so at every launch while the file is there (it is not moved)', async () => {
    await writeFile(file, newer)
    await launch().store.load()
    expect((await launch().store.load()).notice).toEqual({ kind: 'newer-version', version: 3 })
  })

  it('with fields this version cannot read: defaults, mode unknown, still not overwritten', async () => {
    const odd = '{"version":7,"mode":"hyperspace","settings":"compressed"}'
    await writeFile(file, odd)
    const { store } = launch()
    expect(await store.load()).toMatchObject({ settings: defaultSettings, mode: 'none', modeFromFile: false })
    await expect(store.save(demo)).rejects.toThrow(newerVersionMessage)
    expect(await readFile(file, 'utf8')).toBe(odd)
  })
})

describe('every write', () => {
  /** Records file operations in order; the handles are real, so the data really lands on disk. */
  function recordingFs(options: { dirOpen?: string } = {}) {
    const steps: string[] = []
    const name = (path: unknown) => (String(path) === dir ? '<dir>' : String(path).replace(`${dir}/`, ''))
    const fs = fsWith({
      open: (async (path: string, flags?: string, mode?: number) => {
        if (options.dirOpen && String(path) === dir) throw errno(options.dirOpen)
        const handle = await nodeFs.open(path, flags, mode)
        const label = String(path).endsWith('.tmp') ? 'tmp' : name(path)
        steps.push(`open ${label}`)
        return Object.assign(Object.create(handle), {
          sync: async () => {
            steps.push(`sync ${label}`)
            return handle.sync()
          },
          close: async () => {
            steps.push(`close ${label}`)
            return handle.close()
          },
          writeFile: (data: string, encoding: BufferEncoding) => handle.writeFile(data, encoding),
        })
      }) as StoreFs['open'],
      rename: (async (from: string, to: string) => {
        steps.push(`rename ${String(from).endsWith('.tmp') ? 'tmp' : name(from)} -> ${name(to)}`)
        return nodeFs.rename(from, to)
      }) as StoreFs['rename'],
    })
    return { fs, steps }
  }

  it('is flushed to disk before it replaces the file, then the folder is flushed', async () => {
    const { fs, steps } = recordingFs()
    const { store } = launch(fs)
    await store.save(demo)
    expect(steps).toEqual([
      'open tmp',
      'sync tmp',
      'close tmp',
      'rename tmp -> settings.json',
      'open <dir>',
      'sync <dir>',
      'close <dir>',
    ])
    expect(await launch().store.load()).toMatchObject(demo)
  })

  it('where a folder cannot be flushed (Windows: EPERM), the save still succeeds quietly', async () => {
    const { fs, steps } = recordingFs({ dirOpen: 'EPERM' })
    const { store, log } = launch(fs)
    await store.save(demo)
    expect(steps.at(-1)).toBe('rename tmp -> settings.json')
    expect(log.lines).toEqual([])
    expect(await launch().store.load()).toMatchObject(demo)
  })

  it('a failed flush leaves the old file and no temporary file behind', async () => {
    await writeFile(file, JSON.stringify({ version: 2, ...demo }))
    const failing = fsWith({
      open: (async (path: string, flags?: string, mode?: number) => {
        const handle = await nodeFs.open(path, flags, mode)
        return Object.assign(Object.create(handle), {
          sync: () => Promise.reject(errno('EIO')),
          close: () => handle.close(),
          writeFile: (data: string, encoding: BufferEncoding) => handle.writeFile(data, encoding),
        })
      }) as StoreFs['open'],
    })
    const { store } = launch(failing)
    await expect(store.save({ ...demo, mode: 'none' })).rejects.toThrow('EIO')
    expect(await readdir(dir)).toEqual(['settings.json'])
    expect(await launch().store.load()).toMatchObject(demo)
  })
})
