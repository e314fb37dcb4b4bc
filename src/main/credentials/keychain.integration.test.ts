import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { AppErrorException } from '@shared/errors'
import { afterEach, describe, expect, it } from 'vitest'
import { loadNapiKeyring } from './napi-keyring'
import { createKeychainStore, createSessionStore } from './store'

/**
 * These run against the real OS keychain. `npm run test:unit` wraps Vitest in scripts/with-keyring.sh, which starts
 * a throwaway, unlocked gnome-keyring on a private D-Bus session (THORDATA_TEST_KEYRING=1). Outside it, on Linux
 * without a session bus there is no keychain to talk to, and the round-trip tests say so rather than pass vacuously.
 */
const linuxWithoutBus = process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS
const service = `Thordata Desktop (test ${process.pid})`
const creds = { token: 'tok-0a1b2c3d4e5f6789', key: 's3cret-ä-key', accountName: 'acme_01' }

describe.skipIf(linuxWithoutBus)('credential store on the real OS keychain', () => {
  const store = createKeychainStore(loadNapiKeyring(), service)
  afterEach(() => store.clear())

  it('saves, reads back and removes the credentials', async () => {
    expect(await store.load()).toBeNull()
    await store.save(creds)
    expect(await store.load()).toEqual(creds)
    // A second store (as after an app restart) reads the same entry.
    expect(await createKeychainStore(loadNapiKeyring(), service).load()).toEqual(creds)
    await store.clear()
    expect(await store.load()).toBeNull()
  })

  it('replaces the previous credentials in one entry', async () => {
    await store.save(creds)
    await store.save({ ...creds, key: 'new-key-2' })
    expect(await store.load()).toEqual({ ...creds, key: 'new-key-2' })
  })

  it('clearing when nothing is stored is not an error', async () => {
    await expect(store.clear()).resolves.toBeUndefined()
  })
})

function withoutBus(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.DBUS_SESSION_BUS_ADDRESS
  return env
}

describe('credential store without a usable keychain', () => {
  // The Secret Service is reached over D-Bus on Linux only; macOS and Windows keychains need no bus.
  it.runIf(process.platform === 'linux')('names the cause when there is no D-Bus session bus', () => {
    // A child process, so the missing bus cannot leak into the other tests of this worker.
    const child = spawnSync(
      resolve('node_modules/.bin/tsx'),
      ['--tsconfig', 'tsconfig.node.json', resolve('src/main/credentials/no-keychain-probe.ts')],
      { env: withoutBus(), encoding: 'utf8' },
    )
    const result = JSON.parse(child.stdout || child.stderr)
    expect(result).toMatchObject({ kind: 'keychain', retryable: true })
    expect(result.message).toMatch(/^Could not save your credentials\. No OS keychain is reachable/)
    expect(result.message).not.toContain(creds.key)
  })

  it('reports a missing keychain library clearly', async () => {
    const store = createKeychainStore(null, service)
    const error = await store.save(creds).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppErrorException)
    expect((error as AppErrorException).appError).toMatchObject({ kind: 'keychain', retryable: false })
  })

  it('the session-only store keeps credentials in memory until cleared', async () => {
    const store = createSessionStore()
    await store.save(creds)
    expect(await store.load()).toEqual(creds)
    await store.clear()
    expect(await store.load()).toBeNull()
  })
})
