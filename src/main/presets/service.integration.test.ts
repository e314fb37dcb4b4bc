import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppSettings } from '@shared/domain/settings'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Core, createCore } from '../core/create-core'
import { createNodePorts, type PortRecord } from '../core/node-ports'
import { createMemoryLogger } from '../log/logger'

/** The presets service inside the real core (demo mode, its simulator as the extract host), settings on disk. */
const page = { url: 'app://renderer/index.html' }
const us = { product: 'residential', session: 'rotating', count: 10, country: 'us' } as const
const sticky = { product: 'residential', session: 'sticky', count: 3, country: 'de' } as const

let dir: string
let record: PortRecord
let core: Core

const call = async (channel: string, input?: unknown) =>
  (await core.dispatch(channel, input, page)) as Result<AppSettings>
async function ok(channel: string, input?: unknown): Promise<AppSettings> {
  const result = await call(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}
const onDisk = async () =>
  (JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as { settings: AppSettings }).settings

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thordata-presets-'))
  record = { clipboard: null, opened: [] }
  core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', record, 'tests'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
  })
  await core.start()
  await core.dispatch('session.startDemo', undefined, page)
})

afterEach(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('presets', () => {
  it('save, list default first, copy (the default with no id), rename, set default, delete: each kept on disk', async () => {
    let settings = await ok('presets.save', { kind: 'extract', name: 'US ×10', input: us })
    settings = await ok('presets.save', { kind: 'extract', name: 'DE sticky', input: sticky, makeDefault: true })
    const [first, second] = settings.presets
    expect(settings.defaultPresetId).toBe(second.id)
    expect(core.presets.list()).toEqual([
      { id: second.id, name: 'DE sticky', kind: 'extract', isDefault: true },
      { id: first.id, name: 'US ×10', kind: 'extract', isDefault: false },
    ])

    const demo = core.demoSimulator()?.origin
    expect(await core.presets.copy()).toEqual({ kind: 'extract', name: 'DE sticky' })
    expect(record.clipboard).toBe(`${demo}/extract/api?td-customer=demoshop2024&sesstype=1&number=3&country=de`)
    await core.presets.copy(first.id)
    expect(record.clipboard).toBe(`${demo}/extract/api?td-customer=demoshop2024&sesstype=2&number=10&country=us`)

    await ok('presets.rename', { id: first.id, name: '  US rotating  ' })
    await ok('presets.setDefault', { id: first.id })
    expect(core.presets.list()[0]).toEqual({ id: first.id, name: 'US rotating', kind: 'extract', isDefault: true })
    expect((await onDisk()).presets.map((p) => p.name)).toEqual(['US rotating', 'DE sticky'])

    // Deleting the default leaves no default, and copy() says so instead of copying something else.
    settings = await ok('presets.delete', { id: first.id })
    expect(settings.defaultPresetId).toBeNull()
    expect((await onDisk()).presets.map((p) => p.name)).toEqual(['DE sticky'])
    record.clipboard = null
    await expect(core.presets.copy()).rejects.toMatchObject({ appError: { kind: 'not-found' } })
    expect(record.clipboard).toBeNull()
  })

  it('names: required, at most 40 characters, unique whatever the case; the error is on the name field', async () => {
    await ok('presets.save', { kind: 'extract', name: 'Scraper A', input: us })
    const second = await ok('presets.save', { kind: 'extract', name: 'Scraper B', input: us })
    for (const name of ['scraper a', ' SCRAPER A ']) {
      expect(await call('presets.save', { kind: 'extract', name, input: sticky })).toMatchObject({
        ok: false,
        error: {
          kind: 'validation',
          field: 'name',
          message: 'A preset with this name exists already; choose another name',
        },
      })
    }
    expect(await call('presets.rename', { id: second.presets[1].id, name: 'SCRAPER a' })).toMatchObject({
      ok: false,
      error: { field: 'name' },
    })
    expect(await call('presets.save', { kind: 'extract', name: '   ', input: us })).toMatchObject({
      ok: false,
      error: { field: 'name', message: 'Give the preset a name' },
    })
    expect(await call('presets.save', { kind: 'extract', name: 'x'.repeat(41), input: us })).toMatchObject({
      ok: false,
      error: { field: 'name', message: 'Preset names have at most 40 characters' },
    })
    // Renaming a preset to its own name in another case is no clash.
    await ok('presets.rename', { id: second.presets[1].id, name: 'SCRAPER B' })
    expect((await onDisk()).presets.map((p) => p.name)).toEqual(['Scraper A', 'SCRAPER B'])
  })

  it('refuses a preset the link builder would refuse, an unknown id, and a 51st preset; nothing half-applied', async () => {
    expect(await call('presets.save', { kind: 'extract', name: 'Bad', input: { ...us, count: 0 } })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    })
    expect(await call('presets.delete', { id: 'nope' })).toMatchObject({ ok: false, error: { kind: 'not-found' } })
    expect(await call('presets.setDefault', { id: 'nope' })).toMatchObject({ ok: false, error: { kind: 'not-found' } })
    for (let i = 0; i < 50; i++) await ok('presets.save', { kind: 'extract', name: `P${i}`, input: us })
    expect(await call('presets.save', { kind: 'extract', name: 'P50', input: us })).toMatchObject({
      ok: false,
      error: { message: 'You can keep at most 50 presets; delete one first' },
    })
    expect((await onDisk()).presets).toHaveLength(50)
  })

  it('a settings reset keeps the presets', async () => {
    const saved = await ok('presets.save', { kind: 'extract', name: 'Keep me', input: us, makeDefault: true })
    const reset = await ok('settings.reset')
    expect(reset.presets.map((p) => p.name)).toEqual(['Keep me'])
    expect(reset.defaultPresetId).toBe(saved.defaultPresetId)
  })
})
