import * as nodeFs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppSettings } from '@shared/domain/settings'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import type { AtomicFs } from '../settings/atomic-file'
import { createBalanceUnitService } from './balance-unit-service'

const MB = 1024 ** 2
let dir: string
let clock: number

function service(account: { name: string | null }, setting: AppSettings['balanceUnit'] = 'auto', fs?: AtomicFs) {
  const changes: number[] = []
  const log = createMemoryLogger()
  const units = createBalanceUnitService({
    file: join(dir, 'balance-unit.json'),
    setting: () => setting,
    usageUnit: () => 'KB',
    account: () => account.name,
    now: () => new Date(clock),
    fs,
    log,
    onChange: () => changes.push(clock),
  })
  return { units, changes, log }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thordata-units-'))
  clock = Date.UTC(2026, 11, 1, 14, 2, 0)
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('balance-unit service', () => {
  it('pairs figures of one account only: a figure from the previous account is never compared', async () => {
    const account = { name: 'first' as string | null }
    const { units, changes } = service(account)
    units.sawBalance(1000 * MB, 'MB') // raw 1000, really KB for this account
    account.name = 'second'
    units.sawUsage(1000 * 1024) // 1000 KB on the other account
    expect(units.status()).toMatchObject({ source: 'documented', check: null })
    expect(changes).toEqual([])

    units.sawBalance(1000 * MB, 'MB')
    expect(units.status()).toMatchObject({ applied: 'KB', source: 'found', check: { unit: 'KB' } })
    expect(changes).toHaveLength(1)
  })

  it('keeps each account apart on disk, `__proto__` included, and reads them back', async () => {
    const account = { name: '__proto__' as string | null }
    const first = service(account)
    first.units.sawUsage(2048 * 1024)
    first.units.sawBalance(2048 * MB, 'MB')
    account.name = 'other'
    first.units.sawUsage(5 * 1024 ** 3)
    first.units.sawBalance(5 * 1024 * MB, 'MB')
    await first.units.flush()
    expect(await readdir(dir)).toEqual(['balance-unit.json'])

    const again = service(account)
    await again.units.load()
    expect(again.units.status()).toMatchObject({ applied: 'MB', source: 'found' })
    account.name = '__proto__'
    expect(again.units.status()).toMatchObject({ applied: 'KB', source: 'found' })
    expect(again.units.applyTo({ balanceUnit: 'MB' } as never)).toMatchObject({ balanceUnit: 'KB' })
  })

  it('ignores an unreadable file (a cache of checks), says so, and checks again', async () => {
    await writeFile(join(dir, 'balance-unit.json'), '{"version":1,"accounts":{"a":{"unit":"furlong"}}}')
    const { units, log } = service({ name: 'a' })
    await units.load()
    expect(units.status()).toMatchObject({ source: 'documented', check: null })
    expect(log.lines.join('\n')).toMatch(/balance-unit\.json is not readable/)
    units.sawUsage(1024)
    units.sawBalance(MB, 'MB')
    await units.flush()
    expect(JSON.parse(await readFile(join(dir, 'balance-unit.json'), 'utf8')).accounts.a.unit).toBe('KB')
  })

  it('does not record an undecided pair: zero, or fetched minutes apart', () => {
    const { units, changes } = service({ name: 'a' })
    units.sawBalance(0, 'MB')
    units.sawUsage(0)
    clock += 10 * 60_000
    units.sawBalance(1000 * MB, 'MB')
    expect(units.status().check).toBeNull()
    expect(changes).toEqual([])
  })

  it('leaves demo mode and signed-out calls alone', () => {
    const { units } = service({ name: null })
    units.sawUsage(1000 * 1024)
    units.sawBalance(1000 * MB, 'MB')
    expect(units.status()).toEqual({ setting: 'auto', applied: 'MB', source: 'demo', check: null })
    expect(units.applyTo({ balanceUnit: 'MB' } as never)).toEqual({ balanceUnit: 'MB' })
  })

  describe('saving what it found', () => {
    const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
    /** Real handles whose sync is recorded, and fails with `syncError` for the temporary file when given. */
    function recordingFs(overrides: Partial<AtomicFs> = {}, syncError?: string) {
      const steps: string[] = []
      const open = (async (path: string, flags?: string, mode?: number) => {
        const handle = await nodeFs.open(path, flags, mode)
        const label = String(path) === dir ? '<dir>' : String(path).endsWith('.tmp') ? 'tmp' : String(path)
        return Object.assign(Object.create(handle), {
          sync: async () => {
            steps.push(`sync ${label}`)
            if (syncError && label === 'tmp') throw errno(syncError)
            return handle.sync()
          },
          close: () => handle.close(),
          writeFile: (data: string, encoding: BufferEncoding) => handle.writeFile(data, encoding),
        })
      }) as AtomicFs['open']
      return { fs: { ...nodeFs, open, ...overrides } as AtomicFs, steps }
    }
    const find = (units: ReturnType<typeof service>['units']) => {
      units.sawUsage(1024)
      units.sawBalance(MB, 'MB')
      return units.flush()
    }

    it('retries a rename refused for a moment (Windows: EBUSY), and flushes the folder after it', async () => {
      let refused = 0
      const rename = (async (from: string, to: string) => {
        if (++refused === 1) throw errno('EBUSY')
        return nodeFs.rename(from, to)
      }) as AtomicFs['rename']
      const { fs, steps } = recordingFs({ rename })
      const { units, log } = service({ name: 'a' }, 'auto', fs)
      await find(units)
      expect(JSON.parse(await readFile(join(dir, 'balance-unit.json'), 'utf8')).accounts.a.unit).toBe('KB')
      expect(steps).toEqual(['sync tmp', 'sync <dir>'])
      expect(await readdir(dir)).toEqual(['balance-unit.json'])
      expect(log.lines).toEqual([expect.stringMatching(/balance unit check: match \(KB\)/)])
    })

    it('a save that fails midway leaves no temporary file, keeps the finding in memory and says so', async () => {
      const { fs } = recordingFs({}, 'EIO')
      const { units, log } = service({ name: 'a' }, 'auto', fs)
      await find(units)
      expect(await readdir(dir)).toEqual([])
      expect(units.status()).toMatchObject({ applied: 'KB', source: 'found' })
      expect(log.lines.join('\n')).toMatch(/could not save the balance-unit finding/)
    })
  })
})
