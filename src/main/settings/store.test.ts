import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultSettings } from '@shared/domain/settings'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { createStateStore } from './store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thordata-settings-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('settings file', () => {
  it('starts from the documented defaults on a fresh machine', async () => {
    expect(await createStateStore(dir, createMemoryLogger()).load()).toEqual({
      settings: defaultSettings,
      mode: 'none',
      notice: null,
      modeFromFile: false,
      readOnly: null,
    })
  })

  it('round-trips settings and mode, readable only by the user', async () => {
    const store = createStateStore(dir, createMemoryLogger())
    await store.save({ settings: { ...defaultSettings, balanceUnit: 'KB' }, mode: 'demo' })
    expect(await store.load()).toMatchObject({ settings: { ...defaultSettings, balanceUnit: 'KB' }, mode: 'demo' })
    expect((await stat(join(dir, 'settings.json'))).mode & 0o077).toBe(0)
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).not.toMatch(/token|key"/i)
  })

  it('keeps the good values of a damaged file and falls back on the bad one', async () => {
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ version: 1, mode: 'account', settings: { balanceUnit: 'KB', apiBaseUrl: 'ftp://nope' } }),
    )
    const loaded = await createStateStore(dir, createMemoryLogger()).load()
    expect(loaded.mode).toBe('account')
    expect(loaded.settings.balanceUnit).toBe('KB')
    expect(loaded.settings.apiBaseUrl).toBe(defaultSettings.apiBaseUrl)
  })

  it('ignores keys that are not settings, even inherited names', async () => {
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ version: 1, settings: { constructor: 1, toString: 'x', usageUnit: 'MB' } }),
    )
    const loaded = await createStateStore(dir, createMemoryLogger()).load()
    expect(loaded.settings).toEqual({ ...defaultSettings, usageUnit: 'MB' })
  })

  it('keeps every concurrent save whole and ends with the last one', async () => {
    const store = createStateStore(dir, createMemoryLogger())
    const units = ['B', 'KB', 'MB', 'GB', 'KB'] as const
    await Promise.all(
      units.map((unit) => store.save({ settings: { ...defaultSettings, usageUnit: unit }, mode: 'demo' })),
    )
    expect((await store.load()).settings.usageUnit).toBe('KB')
  })

  it('survives a file that is not JSON (see store-faults.test.ts for what happens to it)', async () => {
    await writeFile(join(dir, 'settings.json'), '{ oops')
    const log = createMemoryLogger()
    expect(await createStateStore(dir, log).load()).toMatchObject({ settings: defaultSettings, mode: 'none' })
    expect(log.lines.join()).toContain('moved it to')
  })
})

describe('a settings file from before the automatic balance unit (file version 1)', () => {
  const v1 = (settings: Record<string, unknown>) =>
    writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, mode: 'demo', settings }, null, 2))
  const onDisk = async () => JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))

  it("its balanceUnit 'MB' (the old default every such file holds) becomes 'auto', saved as version 2", async () => {
    await v1({ ...defaultSettings, balanceUnit: 'MB', usageUnit: 'GB' })
    const store = createStateStore(dir, createMemoryLogger())
    const loaded = await store.load()
    expect(loaded).toMatchObject({ mode: 'demo', notice: null, readOnly: null })
    expect(loaded.settings).toEqual({ ...defaultSettings, balanceUnit: 'auto', usageUnit: 'GB' })

    await store.save({ settings: loaded.settings, mode: loaded.mode })
    expect(await onDisk()).toMatchObject({ version: 2, settings: { balanceUnit: 'auto', usageUnit: 'GB' } })
    expect((await createStateStore(dir, createMemoryLogger()).load()).settings.balanceUnit).toBe('auto')
  })

  it('any other balance unit was chosen by hand and is kept', async () => {
    await v1({ ...defaultSettings, balanceUnit: 'KB' })
    const store = createStateStore(dir, createMemoryLogger())
    const loaded = await store.load()
    expect(loaded.settings.balanceUnit).toBe('KB')
    await store.save({ settings: loaded.settings, mode: loaded.mode })
    expect(await onDisk()).toMatchObject({ version: 2, settings: { balanceUnit: 'KB' } })
  })

  it("a version 2 file keeps 'MB': from then on it is the user's choice", async () => {
    const store = createStateStore(dir, createMemoryLogger())
    await store.save({ settings: { ...defaultSettings, balanceUnit: 'MB' }, mode: 'demo' })
    expect(await onDisk()).toMatchObject({ version: 2, settings: { balanceUnit: 'MB' } })
    const again = await createStateStore(dir, createMemoryLogger()).load()
    expect(again).toMatchObject({ settings: { balanceUnit: 'MB' }, notice: null, readOnly: null })
  })
})
