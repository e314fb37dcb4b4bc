import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppInfo } from '@shared/domain/app'
import { defaultSettings } from '@shared/domain/settings'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Core, createCore } from '../core/create-core'
import { createNodePorts, type KeychainChoice } from '../core/node-ports'
import { createMemoryLogger } from '../log/logger'
import { type Simulator, startSimulator } from '../simulator'
import { newerVersionMessage } from './store'

/**
 * The whole core (real handlers, dispatcher, settings file, and the OS keychain under scripts/with-keyring.sh)
 * started on a settings.json that cannot be used as it is.
 */
const page = { url: 'app://renderer/index.html' }
const account = { token: 'tok-5d1e7a3c9b2f4e80', key: 'key-77a0c1d9', accountName: 'acme_files' }
const linuxWithoutBus = process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS
// After the file is lost the API host is the default (Thordata's); nothing here may leave this machine.
const loopbackOnly: typeof fetch = (input, init) =>
  new URL(input instanceof Request ? input.url : String(input)).hostname === '127.0.0.1'
    ? fetch(input, init)
    : Promise.reject(new TypeError('fetch failed: offline in tests'))

let remote: Simulator
let dir: string
let file: string
const cores: Core[] = []

async function boot(keychain: KeychainChoice = 'os'): Promise<Core> {
  const core = createCore({
    userDataDir: dir,
    ports: createNodePorts(keychain, { clipboard: null, opened: [] }, 'tests'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
    fetch: loopbackOnly,
    keychainService: `Thordata Desktop (settings-files test ${process.pid})`,
  })
  await core.start()
  cores.push(core)
  return core
}

async function call<T>(core: Core, channel: string, input?: unknown): Promise<Result<T>> {
  return (await core.dispatch(channel, input, page)) as Result<T>
}

const notice = async (core: Core) => {
  const info = await call<AppInfo>(core, 'app.info')
  return info.ok ? info.value.settingsNotice : 'app.info failed'
}

beforeEach(async () => {
  remote = await startSimulator({ credentials: account })
  dir = await mkdtemp(join(tmpdir(), 'thordata-settings-files-'))
  file = join(dir, 'settings.json')
})

afterEach(async () => {
  for (const core of cores.splice(0)) {
    await core.dispatch('session.signOut', undefined, page)
    await core.stop()
  }
  await remote.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the app on a settings file that fails to load', () => {
  it('a directory named settings.json: the app starts, every channel answers, the window is told once', async () => {
    await mkdir(file)
    const core = await boot('unavailable')
    expect(await call(core, 'settings.get')).toEqual({ ok: true, value: defaultSettings })
    expect(await call(core, 'session.get')).toMatchObject({ ok: true, value: { mode: 'none' } })
    const told = await notice(core)
    expect(told).toMatchObject({ kind: 'moved-aside' })
    const movedTo = (told as { movedTo: string }).movedTo
    expect((await stat(movedTo)).isDirectory()).toBe(true)

    expect(await call(core, 'settings.update', { usageUnit: 'MB' })).toMatchObject({ ok: true })
    expect(await call(core, 'session.startDemo')).toMatchObject({ ok: true, value: { mode: 'demo' } })
    expect((await call(core, 'account.walletBalance')).ok).toBe(true)

    const again = await boot('unavailable')
    expect(await notice(again)).toBeNull()
    expect(await call(again, 'settings.get')).toMatchObject({ value: { usageUnit: 'MB' } })
  })

  it('a newer version wrote it: used read-only, a save is refused with the reason, the file is untouched', async () => {
    const newer = `${JSON.stringify({ version: 3, mode: 'none', settings: { usageUnit: 'GB' }, theme: 'x' })}\n`
    await writeFile(file, newer)
    const core = await boot('unavailable')
    expect(await notice(core)).toEqual({ kind: 'newer-version', version: 3 })
    expect(await call(core, 'settings.get')).toMatchObject({ ok: true, value: { usageUnit: 'GB' } })
    const refused = await call(core, 'settings.update', { usageUnit: 'MB' })
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'conflict', message: newerVersionMessage, retryable: false }),
    })
    expect(await call(core, 'settings.reset')).toMatchObject({ ok: false, error: { message: newerVersionMessage } })
    expect(await call(core, 'settings.get')).toMatchObject({ value: { usageUnit: 'GB' } })
    expect(await call(core, 'session.connect', account)).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    expect(await readFile(file, 'utf8')).toBe(newer)
    expect(await readdir(dir)).toEqual(['settings.json'])
  })
})

describe.skipIf(linuxWithoutBus)('a connected account survives its settings file (real keychain)', () => {
  it('corrupted: the app comes back connected, and records the mode again', async () => {
    await writeFile(file, JSON.stringify({ version: 1, mode: 'none', settings: { apiBaseUrl: remote.apiBaseUrl } }))
    const first = await boot()
    expect(await call(first, 'session.connect', account)).toMatchObject({ ok: true, value: { mode: 'account' } })
    await first.stop()
    cores.splice(cores.indexOf(first), 1)

    await writeFile(file, '{"version":1,"mode":"acc')
    const again = await boot()
    expect(await call(again, 'session.get')).toMatchObject({
      ok: true,
      value: { mode: 'account', accountName: 'acme_files', storage: 'keychain' },
    })
    expect(await notice(again)).toMatchObject({ kind: 'moved-aside' })
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 2, mode: 'account' })
  })

  it('deleted: the same', async () => {
    await writeFile(file, JSON.stringify({ version: 1, mode: 'none', settings: { apiBaseUrl: remote.apiBaseUrl } }))
    const first = await boot()
    await call(first, 'session.connect', account)
    await first.stop()
    cores.splice(cores.indexOf(first), 1)

    await rm(file)
    const again = await boot()
    expect(await call(again, 'session.get')).toMatchObject({ value: { mode: 'account', storage: 'keychain' } })
    expect(await notice(again)).toBeNull()
  })
})
