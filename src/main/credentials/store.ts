import { AppErrorException } from '@shared/errors'
import type { KeyringFactory } from '../core/ports'
import { keychainError, noKeychainLibrary } from './keychain-errors'
import type { ApiCredentials } from './types'

export const KEYCHAIN_SERVICE = 'Thordata Desktop'
/** One entry holds all three values, so a save is all-or-nothing. */
export const KEYCHAIN_ACCOUNT = 'thordata-public-api'

export interface CredentialStore {
  readonly kind: 'keychain' | 'session'
  load(): Promise<ApiCredentials | null>
  save(credentials: ApiCredentials): Promise<void>
  clear(): Promise<void>
}

function parseStored(raw: string | null | undefined): ApiCredentials | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<ApiCredentials>
    if (typeof value.token === 'string' && typeof value.key === 'string' && typeof value.accountName === 'string') {
      return { token: value.token, key: value.key, accountName: value.accountName }
    }
  } catch {
    // An unreadable entry is treated as absent; saving again overwrites it.
  }
  return null
}

export function createKeychainStore(keyring: KeyringFactory | null, service = KEYCHAIN_SERVICE): CredentialStore {
  const entry = () => {
    if (!keyring) throw new AppErrorException(noKeychainLibrary())
    return keyring(service, KEYCHAIN_ACCOUNT)
  }
  const guard = async <T>(action: 'save' | 'read' | 'remove', run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (cause) {
      if (cause instanceof AppErrorException) throw cause
      throw new AppErrorException(keychainError(cause, action))
    }
  }
  return {
    kind: 'keychain',
    load: () => guard('read', async () => parseStored(await entry().getPassword())),
    save: (credentials) => guard('save', () => entry().setPassword(JSON.stringify(credentials))),
    clear: () => guard('remove', async () => void (await entry().deletePassword())),
  }
}

/** The explicit "keep for this session only" choice: memory, gone when the app quits. Never a file. */
export function createSessionStore(): CredentialStore {
  let held: ApiCredentials | null = null
  return {
    kind: 'session',
    load: async () => held,
    save: async (credentials) => {
      held = { ...credentials }
    },
    clear: async () => {
      held = null
    },
  }
}
