import type { SessionInfo } from '@shared/domain/session'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildTrayView, type TrayView } from '../tray/model'
import { createFakeElectron, type FakeElectron, FakeTray, resetFakeElectron } from './testing/fake-electron'

const electron = vi.hoisted(() => ({ current: null as FakeElectron | null }))
vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModuleProxy(electron))

const { createTrayController } = await import('./tray')

const demo: SessionInfo = { mode: 'demo', accountName: 'demo', tokenHint: null, storage: null }
const view = (gb: number): TrayView =>
  buildTrayView({
    session: demo,
    balance: { value: { remainingBytes: gb * 1024 ** 3, expiresOn: null }, fetchedAt: new Date().toISOString() },
    error: null,
    lowBalanceGb: 1,
    now: new Date(),
    platform: 'darwin',
  })

function setup(platform: string) {
  let listener: ((v: TrayView) => void) | null = null
  let current = view(37.4)
  const handlers = { onOpen: vi.fn(), onRefresh: vi.fn(), onQuit: vi.fn() }
  const controller = createTrayController({
    iconDir: '/app/resources/tray',
    source: {
      view: () => current,
      subscribe: (l) => {
        listener = l
        return () => {
          listener = null
        }
      },
    },
    platform,
    ...handlers,
  })
  const push = (next: TrayView) => {
    current = next
    listener?.(next)
  }
  return { controller, handlers, push, tray: FakeTray.all[0] }
}

beforeEach(() => {
  resetFakeElectron()
  electron.current = createFakeElectron({ userData: '/tmp/x', appPath: '/app' })
})

describe('Electron tray', () => {
  it('uses the template icon on macOS and shows the balance as the menu bar title', () => {
    const { tray, push } = setup('darwin')
    expect(tray.image).toEqual({ file: '/app/resources/tray/tray-normalTemplate.png' })
    expect(tray.title).toBe('37.4 GB')
    push(view(0.5))
    expect(tray.image).toEqual({ file: '/app/resources/tray/tray-lowTemplate.png' })
  })

  it('uses the large coloured icon on Linux and keeps everything in the menu', () => {
    const { tray, handlers } = setup('linux')
    expect(tray.image).toEqual({ file: '/app/resources/tray/tray-normal@2x.png' })
    expect(tray.menu?.items[0]).toMatchObject({ label: 'Traffic left: 37.4 GB (demo)', enabled: false })
    tray.pick('Refresh now')
    tray.pick('Open Thordata Desktop')
    tray.pick('Quit')
    expect(handlers.onRefresh).toHaveBeenCalledTimes(1)
    expect(handlers.onOpen).toHaveBeenCalledTimes(1)
    expect(handlers.onQuit).toHaveBeenCalledTimes(1)
  })

  it('opens the window on a click on Windows', () => {
    const { tray, handlers } = setup('win32')
    expect(tray.image).toEqual({ file: '/app/resources/tray/tray-normal.png' })
    tray.emit('click')
    expect(handlers.onOpen).toHaveBeenCalledTimes(1)
  })

  it('destroys the Electron tray exactly once', () => {
    const { controller, tray } = setup('linux')
    controller.destroy()
    controller.destroy()
    expect(tray.destroyCount).toBe(1)
  })
})
