import { AppErrorException } from '@shared/errors'
import { loadNapiKeyring } from './napi-keyring'
import { createKeychainStore } from './store'

/** Run by keychain.integration.test.ts in a child process without DBUS_SESSION_BUS_ADDRESS; prints the outcome. */
async function probe() {
  const store = createKeychainStore(loadNapiKeyring(), 'Thordata Desktop (probe)')
  try {
    await store.save({ token: 'tok-0a1b2c3d4e5f6789', key: 's3cret-ä-key', accountName: 'acme_01' })
    return { saved: true }
  } catch (error) {
    return error instanceof AppErrorException ? error.appError : { unexpected: String(error) }
  }
}

probe().then((outcome) => process.stdout.write(JSON.stringify(outcome)))
