import type { SessionInfo } from '@shared/domain/session'
import { defaultSettings } from '@shared/domain/settings'
import { AppErrorException, appError } from '@shared/errors'
import { describe, expect, it, vi } from 'vitest'
import { type CredentialStore, createSessionStore } from '../credentials/store'
import { createMemoryLogger } from '../log/logger'
import type { PersistedState, StateStore } from '../settings/store'
import { createSessionService } from './service'

const account = { token: 'tok-1234567890abcdef', key: 'key-abcdef', accountName: 'acme_01' }

function memoryState(initial: PersistedState = { settings: defaultSettings, mode: 'none' }) {
  let saved = initial
  const failNext = { on: false }
  const store: StateStore = {
    load: async () => saved,
    save: async (state) => {
      if (failNext.on) {
        failNext.on = false
        throw new Error('ENOSPC: no space left on device')
      }
      saved = state
    },
  }
  return { store, saved: () => saved, failNext }
}

/** A keychain that works like the real one until told to fail (locked, denied). */
function fakeKeychain() {
  const inner = createSessionStore()
  const fail = { load: false, clear: false }
  const locked = () => new AppErrorException(appError('keychain', 'The OS keychain is locked'))
  const store: CredentialStore = {
    kind: 'keychain',
    load: async () => {
      if (fail.load) throw locked()
      return inner.load()
    },
    save: (c) => inner.save(c),
    clear: async () => {
      if (fail.clear) throw locked()
      return inner.clear()
    },
  }
  return { store, fail, peek: () => inner.load() }
}

function setup(state = memoryState(), keychain = fakeKeychain(), verify = vi.fn(async () => {})) {
  const changes: SessionInfo[] = []
  const service = createSessionService({
    state: state.store,
    keychain: keychain.store,
    sessionStore: createSessionStore(),
    log: createMemoryLogger(),
    verify,
    onChange: (info) => changes.push(info),
  })
  return { service, state, keychain, changes, verify }
}

describe('session service', () => {
  it('a failed save while connecting leaves nothing behind: signed out, keychain empty', async () => {
    const { service, state, keychain, changes } = setup()
    await service.start()
    state.failNext.on = true
    await expect(service.connect(account)).rejects.toThrow('ENOSPC')
    expect(service.info().mode).toBe('none')
    expect(await keychain.peek()).toBeNull()
    expect(changes).toEqual([])
  })

  it('signs out even when the keychain refuses to delete the entry', async () => {
    const { service, state, keychain } = setup()
    await service.start()
    await service.connect(account)
    keychain.fail.clear = true
    const info = await service.signOut()
    expect(info.mode).toBe('none')
    expect(state.saved().mode).toBe('none')
    await expect(service.credentials()).rejects.toThrow(/No Thordata account/)
  })

  it('a locked keychain at launch starts signed out but remembers the account for the next launch', async () => {
    const state = memoryState({ settings: defaultSettings, mode: 'account' })
    const keychain = fakeKeychain()
    await keychain.store.save(account)
    keychain.fail.load = true
    const first = setup(state, keychain)
    await first.service.start()
    expect(first.service.info().mode).toBe('none')
    expect(state.saved().mode).toBe('account')

    keychain.fail.load = false
    const second = setup(state, keychain)
    await second.service.start()
    expect(second.service.info()).toMatchObject({ mode: 'account', accountName: 'acme_01' })
  })

  it('a sign-out clicked while a slow connect is verifying wins', async () => {
    let release = () => {}
    const verify = vi.fn(() => new Promise<void>((done) => (release = done)))
    const { service } = setup(memoryState(), fakeKeychain(), verify)
    await service.start()
    const connecting = service.connect(account)
    const signingOut = service.signOut()
    await vi.waitFor(() => expect(verify).toHaveBeenCalled())
    release()
    await connecting
    expect((await signingOut).mode).toBe('none')
    expect(service.info().mode).toBe('none')
  })

  it('a failed settings save keeps the old settings in force', async () => {
    const { service, state } = setup()
    await service.start()
    state.failNext.on = true
    await expect(service.updateSettings({ ...defaultSettings, usageUnit: 'MB' })).rejects.toThrow()
    expect(service.settings().usageUnit).toBe(defaultSettings.usageUnit)
  })
})
