import { loadNapiKeyring } from '../credentials/napi-keyring'
import { createUnsupportedUpdater } from '../updater/unsupported'
import type { KeyringFactory, PlatformPorts } from './ports'

export type KeychainChoice = 'os' | 'unavailable'

/**
 * Plain-Node stand-ins for the OS services, for the browser bridge (e2e, preview) and the core's tests:
 * the clipboard and opened links are recorded so a test can read them back; the keychain is the real one.
 */
export interface PortRecord {
  clipboard: string | null
  opened: string[]
}

/**
 * A keyring whose every call fails the way @napi-rs/keyring fails on a Linux desktop without a Secret Service
 * (toolchain notes §4), so the no-keychain path runs through the real credential store and error mapping.
 */
const unavailableKeyring: KeyringFactory = () => {
  const fail = async (): Promise<never> => {
    throw new Error(
      'Platform failure: DBus error: The name org.freedesktop.secrets was not provided by any .service files',
    )
  }
  return { getPassword: fail, setPassword: fail, deletePassword: fail }
}

export function createNodePorts(
  keychain: KeychainChoice,
  record: PortRecord,
  updaterReason: string | (() => string),
): PlatformPorts {
  return {
    appInfo: {
      name: 'Thordata Desktop',
      version: process.env.npm_package_version ?? '0.1.0',
      platform: process.platform,
      locales: [Intl.DateTimeFormat().resolvedOptions().locale, ...(process.env.LANG ? [process.env.LANG] : [])],
    },
    clipboard: {
      writeText(text) {
        record.clipboard = text
      },
    },
    links: {
      async open(url) {
        record.opened.push(url)
      },
    },
    updater: createUnsupportedUpdater(updaterReason),
    keyring: keychain === 'os' ? loadNapiKeyring() : unavailableKeyring,
  }
}
