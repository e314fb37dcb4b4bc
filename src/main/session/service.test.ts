import type { SessionInfo } from '@shared/domain/session'
import { defaultSettings } from '@shared/domain/settings'
import { AppErrorException, appError } from '@shared/errors'
import { describe, expect, it, vi } from 'vitest'
import { type CredentialStore, createSessionStore } from '../credentials/store'
import { createMemoryLogger } from '../log/logger'
import type { LoadedState, PersistedState, StateStore } from '../settings/store'
import { createSessionService } from './service'

const account = { token: 'tok-1234567890abcdef', key: 'key-abcdef', accountName: 'acme_01' }

function memoryState(
  initial: PersistedState = { settings: defaultSettings, mode: 'none' },
  loaded: Partial<LoadedState> = {},
) {
  let saved = initial
  const failNext = { on: false }
  const store: StateStore = {
    load: async () => ({ notice: null, modeFromFile: true, readOnly: null, ...saved, ...loaded }),
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

  it('a lost or moved-aside settings file does not forget an account whose keychain entry exists', async () => {
    const state = memoryState(undefined, { modeFromFile: false, notice: { kind: 'moved-aside', movedTo: '/x' } })
    const keychain = fakeKeychain()
    await keychain.store.save(account)
    const { service } = setup(state, keychain)
    await service.start()
    expect(service.info()).toMatchObject({ mode: 'account', accountName: 'acme_01', storage: 'keychain' })
    expect(await service.credentials()).toEqual(account)
    expect(state.saved().mode).toBe('account')
  })

  it('a settings file that says "signed out" is believed, even if an old keychain entry is left over', async () => {
    const keychain = fakeKeychain()
    await keychain.store.save(account)
    const { service } = setup(memoryState(), keychain)
    await service.start()
    expect(service.info().mode).toBe('none')
  })

  it('a missing file and an unreachable keychain start signed out, without failing', async () => {
    const keychain = fakeKeychain()
    keychain.fail.load = true
    const { service } = setup(memoryState(undefined, { modeFromFile: false }), keychain)
    await expect(service.start()).resolves.toBeUndefined()
    expect(service.info().mode).toBe('none')
  })

  describe('with read-only settings (a newer version wrote them)', () => {
    const refusal = appError('conflict', 'These settings were written by a newer Thordata Desktop', {
      retryable: false,
    })
    const readOnly = (initial?: PersistedState, extra: Partial<LoadedState> = {}) => {
      const state = memoryState(initial, { readOnly: refusal, notice: { kind: 'newer-version', version: 2 }, ...extra })
      const save = vi.spyOn(state.store, 'save')
      return { state, save }
    }

    it('reconnects from the keychain when the mode is unknown, and writes nothing', async () => {
      const { state, save } = readOnly(undefined, { modeFromFile: false })
      const keychain = fakeKeychain()
      await keychain.store.save(account)
      const { service } = setup(state, keychain)
      await service.start()
      expect(service.info().mode).toBe('account')
      expect(service.settingsNotice()).toEqual({ kind: 'newer-version', version: 2 })
      expect(save).not.toHaveBeenCalled()
    })

    it('refuses to connect before touching the keychain or verifying', async () => {
      const { state, save } = readOnly()
      const keychain = fakeKeychain()
      const { service, verify } = setup(state, keychain)
      await service.start()
      await expect(service.connect(account)).rejects.toThrow(/newer Thordata Desktop/)
      expect(verify).not.toHaveBeenCalled()
      expect(await keychain.peek()).toBeNull()
      expect(save).not.toHaveBeenCalled()
    })

    it('still signs out: the keychain entry goes, the file is not written', async () => {
      const { state, save } = readOnly({ settings: defaultSettings, mode: 'account' })
      const keychain = fakeKeychain()
      await keychain.store.save(account)
      const { service } = setup(state, keychain)
      await service.start()
      expect(service.info().mode).toBe('account')
      expect((await service.signOut()).mode).toBe('none')
      expect(await keychain.peek()).toBeNull()
      expect(save).not.toHaveBeenCalled()
    })

    it('an account whose session-only credentials are gone starts signed out without a write', async () => {
      const { state, save } = readOnly({ settings: defaultSettings, mode: 'account' })
      const { service } = setup(state)
      await expect(service.start()).resolves.toBeUndefined()
      expect(service.info().mode).toBe('none')
      expect(save).not.toHaveBeenCalled()
    })
  })
})
