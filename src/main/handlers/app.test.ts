import type { UpdaterStatus } from '@shared/domain/app'
import { describe, expect, it, vi } from 'vitest'
import type { PlatformPorts } from '../core/ports'
import { appHandlers } from './app'

function withUpdater(status: UpdaterStatus) {
  const install = vi.fn()
  const ports = {
    appInfo: { name: 'Thordata Desktop', version: '0.1.0', platform: 'linux', locales: [] },
    updater: {
      status: () => status,
      check: async () => status,
      download: async () => status,
      install,
      onStatus: () => () => {},
    },
  } as unknown as PlatformPorts
  return { handlers: appHandlers(ports, { settingsNotice: () => null }), install }
}

describe('updater.install', () => {
  it('installs a downloaded update', async () => {
    const { handlers, install } = withUpdater({ state: 'ready', version: '0.2.0', notes: null })
    await handlers['updater.install']()
    expect(install).toHaveBeenCalledTimes(1)
  })

  it('says why when there is nothing to install, instead of answering as if it did', async () => {
    const { handlers, install } = withUpdater({ state: 'error', message: 'offline' })
    await expect(handlers['updater.install']()).rejects.toMatchObject({
      appError: { kind: 'conflict', message: 'No update has been downloaded yet' },
    })
    expect(install).not.toHaveBeenCalled()
  })
})
