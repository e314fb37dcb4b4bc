import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { createFakeElectron, type FakeElectron } from './testing/fake-electron'

const electron = vi.hoisted(() => ({ current: null as FakeElectron | null }))
vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModuleProxy(electron))

const { createElectronPorts } = await import('./platform')

beforeEach(() => {
  electron.current = createFakeElectron({ userData: '/tmp/x', appPath: '/app' })
})

describe('Electron platform ports', () => {
  it('describes the app from Electron, with the system languages main follows', () => {
    const ports = createElectronPorts({ log: createMemoryLogger() })
    expect(ports.appInfo).toEqual({
      name: 'Thordata Desktop',
      version: '0.1.0',
      platform: process.platform,
      locales: ['en-US'],
    })
  })

  it('opens https links in the browser and refuses anything else even if a caller skipped the check', async () => {
    const ports = createElectronPorts({ log: createMemoryLogger() })
    await ports.links.open('https://dashboard.thordata.com/')
    await expect(ports.links.open('file:///etc/passwd')).rejects.toThrow('Only https links can be opened')
    expect(electron.current?.calls.openExternal).toEqual(['https://dashboard.thordata.com/'])
  })

  it('writes text to the system clipboard', async () => {
    const ports = createElectronPorts({ log: createMemoryLogger() })
    await ports.clipboard.writeText('td-customer-acme')
    expect(electron.current?.calls.clipboard).toEqual(['td-customer-acme'])
  })

  it('offers no updates when run from source', () => {
    const ports = createElectronPorts({ log: createMemoryLogger() })
    expect(ports.updater.status()).toEqual({
      state: 'unsupported',
      reason: 'Updates are checked in installed builds only',
    })
  })
})
