import type { UpdaterStatus } from '@shared/domain/app'
import type { UpdaterPort } from '../core/ports'

/**
 * The updater where updates cannot run (development, unpackaged builds, the browser bridge). The reason is a
 * function so it is said in the language of the moment, not the one the app started in.
 */
export function createUnsupportedUpdater(reason: string | (() => string)): UpdaterPort {
  const status = (): UpdaterStatus => ({ state: 'unsupported', reason: typeof reason === 'string' ? reason : reason() })
  return {
    status,
    check: async () => status(),
    download: async () => status(),
    install: () => {},
    onStatus: () => () => {},
  }
}
