import type { UpdaterStatus } from '@shared/domain/app'
import type { UpdaterPort } from '../core/ports'

/** The updater where updates cannot run (development, unpackaged builds, the browser bridge). */
export function createUnsupportedUpdater(reason: string): UpdaterPort {
  const status: UpdaterStatus = { state: 'unsupported', reason }
  return {
    status: () => status,
    check: async () => status,
    download: async () => status,
    install: () => {},
    onStatus: () => () => {},
  }
}
