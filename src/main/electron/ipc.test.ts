import { channels } from '@shared/ipc/contract'
import { ok } from '@shared/ipc/result'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Core } from '../core/create-core'
import { createEventBus } from '../core/events'
import { createFakeElectron, type FakeElectron, FakeWebContents } from './testing/fake-electron'

const electron = vi.hoisted(() => ({ current: null as FakeElectron | null }))
vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModuleProxy(electron))

const { bindIpc } = await import('./ipc')

function fakeCore() {
  const events = createEventBus()
  const dispatch = vi.fn(async (channel: string, input: unknown, sender: { url: string }) =>
    ok({ channel, input, sender }),
  )
  const core: Pick<Core, 'dispatch' | 'subscribe'> = { dispatch, subscribe: (listener) => events.subscribe(listener) }
  return { core, dispatch, events }
}

beforeEach(() => {
  electron.current = createFakeElectron({ userData: '/tmp/x', appPath: '/app' })
})

describe('bindIpc', () => {
  it('handles every contract channel and no other', () => {
    bindIpc(fakeCore().core, () => null)
    expect([...(electron.current?.ipcMain.handlers.keys() ?? [])].sort()).toEqual([...channels].sort())
  })

  it('passes channel, input and the sending frame URL to the core, and answers with its Result', async () => {
    const { core, dispatch } = fakeCore()
    bindIpc(core, () => null)
    const answer = await electron.current?.ipcMain.invoke('app.copyText', { text: 'hi' }, 'app://thordata/index.html')
    expect(dispatch).toHaveBeenCalledWith('app.copyText', { text: 'hi' }, { url: 'app://thordata/index.html' })
    expect(answer).toEqual(
      ok({ channel: 'app.copyText', input: { text: 'hi' }, sender: { url: 'app://thordata/index.html' } }),
    )
  })

  it('passes an empty sender URL when the frame is gone, so the core refuses it', async () => {
    const { core, dispatch } = fakeCore()
    bindIpc(core, () => null)
    await electron.current?.ipcMain.invoke('session.get', undefined, null)
    expect(dispatch).toHaveBeenCalledWith('session.get', undefined, { url: '' })
  })

  it('forwards core events to the window as event:<name>', () => {
    const { core, events } = fakeCore()
    const contents = new FakeWebContents()
    bindIpc(core, () => contents as never)
    events.emit('data.invalidate', { scope: 'account' })
    expect(contents.sent).toEqual([{ channel: 'event:data.invalidate', payload: { scope: 'account' } }])
  })

  it('drops events while there is no live window', () => {
    const { core, events } = fakeCore()
    const contents = new FakeWebContents()
    contents.destroyed = true
    let target: FakeWebContents | null = null
    bindIpc(core, () => target as never)
    events.emit('updater.status', { state: 'checking' })
    target = contents
    events.emit('updater.status', { state: 'checking' })
    expect(contents.sent).toEqual([])
  })

  it('unbinds everything, so binding again works and old listeners stay quiet', () => {
    const { core, events } = fakeCore()
    const contents = new FakeWebContents()
    const unbind = bindIpc(core, () => contents as never)
    unbind()
    expect(electron.current?.ipcMain.handlers.size).toBe(0)
    events.emit('data.invalidate', { scope: 'all' })
    expect(contents.sent).toEqual([])
    expect(() => bindIpc(core, () => null)).not.toThrow()
  })
})
