import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TrafficBalance, WalletBalance } from '@shared/domain/account'
import type { SessionInfo } from '@shared/domain/session'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { type Simulator, startSimulator } from '../simulator'
import { type Core, createCore } from './create-core'
import { createNodePorts } from './node-ports'

/** The last figures on disk: a restart paints them before any API call; sign-out removes them. Needs a keychain. */
const page = { url: 'app://renderer/index.html' }
const account = { token: 'tok-77c2a9e1f7b3d8a6', key: 'key-5e0c3b7a', accountName: 'acme_scraping' }
const linuxWithoutBus = process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS

let remote: Simulator
let remoteOpen = true
let dir: string
const cores: Core[] = []

async function boot(): Promise<Core> {
  const core = createCore({
    userDataDir: dir,
    ports: createNodePorts('os', { clipboard: null, opened: [] }, 'tests'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
    keychainService: `Thordata Desktop (figures test ${process.pid})`,
  })
  await core.start()
  cores.push(core)
  return core
}

async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const result = (await core.dispatch(channel, input, page)) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

async function stop(core: Core) {
  cores.splice(cores.indexOf(core), 1)
  await core.stop()
}

const figuresFile = () => join(dir, 'figures.json')
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

beforeEach(async () => {
  remote = await startSimulator({ credentials: account })
  remoteOpen = true
  dir = await mkdtemp(join(tmpdir(), 'thordata-figures-'))
  await writeFile(
    join(dir, 'settings.json'),
    JSON.stringify({ version: 1, mode: 'none', settings: { apiBaseUrl: remote.apiBaseUrl, fallbackApiBaseUrl: '' } }),
  )
})

afterEach(async () => {
  for (const core of cores.splice(0)) {
    await core.dispatch('session.signOut', undefined, page)
    await core.stop()
  }
  if (remoteOpen) await remote.close()
  await rm(dir, { recursive: true, force: true })
})

describe.skipIf(linuxWithoutBus)('the last figures', () => {
  it('open the next launch, even offline, and go with sign-out', async () => {
    const first = await boot()
    await call(first, 'session.connect', account)
    const balance = await call<TrafficBalance>(first, 'account.trafficBalance')
    const wallet = await call<WalletBalance>(first, 'account.walletBalance')
    await stop(first)
    const onDisk = await readFile(figuresFile(), 'utf8')
    expect(onDisk).not.toContain(account.token)
    expect(onDisk).not.toContain(account.key)

    // Offline: Thordata cannot be reached at all, so whatever the window gets came from disk.
    await remote.close()
    remoteOpen = false
    const second = await boot()
    const session = await call<SessionInfo>(second, 'session.get')
    expect(session).toMatchObject({ mode: 'account', accountName: account.accountName })
    expect(session.cached?.trafficBalance?.value).toEqual(balance)
    expect(session.cached?.walletBalance?.value).toEqual(wallet)
    expect(Date.parse(session.cached?.trafficBalance?.fetchedAt ?? '')).toBeLessThanOrEqual(Date.now())

    await call(second, 'session.signOut')
    await stop(second)
    expect(await exists(figuresFile())).toBe(false)
    const third = await boot()
    expect((await call<SessionInfo>(third, 'session.get')).cached).toBeUndefined()
  })

  it('are kept for the demo too, under a name no account can have, and go when it ends', async () => {
    const core = await boot()
    await call(core, 'session.startDemo')
    const balance = await call<TrafficBalance>(core, 'account.trafficBalance')
    await stop(core)
    const saved = JSON.parse(await readFile(figuresFile(), 'utf8'))
    expect(Object.keys(saved.accounts)).toEqual(['(demo account)'])

    const again = await boot()
    const info = await call<SessionInfo>(again, 'session.get')
    expect(info.mode).toBe('demo')
    expect(info.cached?.trafficBalance?.value).toEqual(balance)
    await call(again, 'session.signOut')
    await stop(again)
    expect(await exists(figuresFile())).toBe(false)
  })
})
