import { createRequire } from 'node:module'
import type { KeyringFactory } from '../core/ports'

type NapiKeyring = typeof import('@napi-rs/keyring')

/**
 * Loads @napi-rs/keyring (prebuilt N-API, no rebuild for Electron) and pins Linux to the Secret Service:
 * its default would silently fall back to the kernel keyring, which forgets everything at logout.
 * Returns null when the native module cannot load at all (e.g. an unsupported platform).
 */
export function loadNapiKeyring(
  load: () => NapiKeyring = () => createRequire(__filename)('@napi-rs/keyring'),
): KeyringFactory | null {
  let keyring: NapiKeyring
  try {
    keyring = load()
  } catch {
    return null
  }
  return (service, account) => new keyring.AsyncEntry(service, account, { linux: { store: 'secret-service' } })
}
