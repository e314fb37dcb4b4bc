import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TrafficBalance, UsageReport } from '@shared/domain/account'
import type { SessionInfo } from '@shared/domain/session'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { type Simulator, startSimulator } from '../simulator'
import { type Core, createCore } from './create-core'
import { createNodePorts, type KeychainChoice, type PortRecord } from './node-ports'

/**
 * The whole main process minus Electron: real handlers, client, settings file and OS keychain (a throwaway
 * gnome-keyring under `npm run test:unit`), talking to a simulator that plays Thordata's API over loopback HTTP.
 */
const page = { url: 'app://renderer/index.html' }
const account = { token: 'tok-4c2a9e1f7b3d8a60', key: 'key-91e0c3b7', accountName: 'acme_scraping' }
const linuxWithoutBus = process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS

let remote: Simulator
let dir: string
let record: PortRecord
const cores: Core[] = []

async function boot(keychain: KeychainChoice = 'os'): Promise<Core> {
  const core = createCore({
    userDataDir: dir,
    ports: createNodePorts(keychain, record, 'tests'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
    keychainService: `Thordata Desktop (core test ${process.pid})`,
  })
  await core.start()
  cores.push(core)
  return core
}

async function call<T>(core: Core, channel: string, input?: unknown): Promise<Result<T>> {
  return (await core.dispatch(channel, input, page)) as Result<T>
}

beforeEach(async () => {
  remote = await startSimulator({ credentials: account })
  dir = await mkdtemp(join(tmpdir(), 'thordata-core-'))
  record = { clipboard: null, opened: [] }
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
  await remote.close()
  await rm(dir, { recursive: true, force: true })
})

describe('first launch', () => {
  it('starts signed out, and demo mode shows the simulated account', async () => {
    const core = await boot()
    expect(await call(core, 'session.get')).toEqual({
      ok: true,
      value: { mode: 'none', accountName: null, tokenHint: null, storage: null },
    })
    expect((await call(core, 'account.trafficBalance')).ok).toBe(false)

    const demo = await call<SessionInfo>(core, 'session.startDemo')
    expect(demo).toMatchObject({ ok: true, value: { mode: 'demo' } })
    const balance = await call<TrafficBalance>(core, 'account.trafficBalance')
    expect(balance.ok && balance.value.remainingBytes).toBeGreaterThan(1024 ** 3)
    expect(core.tray.view().menu[0].label).toMatch(/GB/)
  })

  it('remembers demo mode across a restart', async () => {
    await call(await boot(), 'session.startDemo')
    const again = await boot()
    expect(await call(again, 'session.get')).toMatchObject({ value: { mode: 'demo' } })
  })
})

describe.skipIf(linuxWithoutBus)('connecting an account (real keychain)', () => {
  it('a wrong key gives an error on the key field and stores nothing', async () => {
    const core = await boot()
    const result = await call(core, 'session.connect', { ...account, key: 'wrong-key' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth', field: 'key', code: 10014 } })
    expect(JSON.stringify(result)).not.toContain('wrong-key')
    expect(await call(core, 'session.get')).toMatchObject({ value: { mode: 'none' } })
    // A restart finds nothing in the keychain either.
    expect(await call(await boot(), 'session.get')).toMatchObject({ value: { mode: 'none' } })
  })

  it('valid credentials are verified, stored in the keychain, and never returned', async () => {
    const core = await boot()
    const result = await call<SessionInfo>(core, 'session.connect', account)
    expect(result).toEqual({
      ok: true,
      value: { mode: 'account', accountName: 'acme_scraping', tokenHint: 'tok-…8a60', storage: 'keychain' },
    })
    expect(JSON.stringify(result)).not.toContain(account.key)
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).not.toContain(account.key)

    // The Account figures are the remote API's state, in bytes.
    const balance = await call<TrafficBalance>(core, 'account.trafficBalance')
    expect(balance).toMatchObject({
      ok: true,
      value: {
        remainingBytes: Math.round(remote.state.trafficBalanceMb * 1024 ** 2),
        expiresOn: remote.state.trafficExpiresOn,
      },
    })
    expect(await call(core, 'account.walletBalance')).toEqual({
      ok: true,
      value: { amount: remote.state.walletBalance, currency: 'USD' },
    })
    const usage = await call<UsageReport>(core, 'account.usage', { from: '2026-10-01', to: '2026-10-30' })
    expect(usage.ok && usage.value.days.length).toBeGreaterThan(0)

    // After a restart the app reads the keychain and is still connected.
    const again = await boot()
    expect(await call(again, 'session.get')).toMatchObject({ value: { mode: 'account', storage: 'keychain' } })
  })

  it('signing out removes the credentials from the keychain', async () => {
    const core = await boot()
    await call(core, 'session.connect', account)
    expect(await call(core, 'session.signOut')).toMatchObject({ value: { mode: 'none' } })
    expect(await call(await boot(), 'session.get')).toMatchObject({ value: { mode: 'none' } })
  })
})

describe('without a usable keychain', () => {
  it('says why, stores nothing, and connects for this session only when asked', async () => {
    const core = await boot('unavailable')
    const refused = await call(core, 'session.connect', account)
    expect(refused).toMatchObject({ ok: false, error: { kind: 'keychain' } })
    expect(refused.ok || refused.error.message).toMatch(/Secret Service|keychain service/i)
    expect(await call(core, 'session.get')).toMatchObject({ value: { mode: 'none' } })

    const kept = await call(core, 'session.connect', { ...account, sessionOnly: true })
    expect(kept).toMatchObject({ ok: true, value: { mode: 'account', storage: 'session' } })
    expect((await call(core, 'account.walletBalance')).ok).toBe(true)
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).not.toContain(account.token)

    // Next launch: gone, as promised.
    expect(await call(await boot('unavailable'), 'session.get')).toMatchObject({ value: { mode: 'none' } })
  })
})

describe('failures', () => {
  it('an API outage is a clear, retryable error, and the next call recovers', async () => {
    const core = await boot()
    await call(core, 'session.startDemo')
    const demo = core.demoSimulator() as Simulator
    demo.faults.add({ kind: 'http-error', status: 503, path: '/account/wallet-balance' })
    const failed = await call(core, 'account.walletBalance')
    expect(failed).toMatchObject({ ok: false, error: { kind: 'server', retryable: true } })
    demo.faults.clear()
    expect((await call(core, 'account.walletBalance')).ok).toBe(true)
  })

  it('settings reject a plain-http API host on the field and keep the old value', async () => {
    const core = await boot()
    const bad = await call(core, 'settings.update', { apiBaseUrl: 'http://api.thordata.com/api' })
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation', field: 'apiBaseUrl' } })
    expect(await call(core, 'settings.get')).toMatchObject({ value: { apiBaseUrl: remote.apiBaseUrl } })
  })

  it('copies text and opens only https links through the OS ports', async () => {
    const core = await boot()
    expect((await call(core, 'app.copyText', { text: 'https://x.example/?a=1' })).ok).toBe(true)
    expect(record.clipboard).toBe('https://x.example/?a=1')
    expect(await call(core, 'app.openExternal', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false })
    expect((await call(core, 'app.openExternal', { url: 'https://dashboard.thordata.com/' })).ok).toBe(true)
    expect(record.opened).toEqual(['https://dashboard.thordata.com/'])
  })
})
