import { channels, eventNames } from '@shared/ipc/contract'
import { describe, expect, it, vi } from 'vitest'
import { buildBridge, type RendererIpc } from './build-bridge'

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>()
  const ipc = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)?.add(listener)
    }),
    removeListener: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(listener)
    }),
  } satisfies RendererIpc
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer internals' }, payload)
  }
  return { ipc, emit, listeners }
}

describe('buildBridge', () => {
  it('has exactly one method per contract channel and nothing else', () => {
    const bridge = buildBridge(fakeIpc().ipc)
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
    expect(Object.keys(bridge.invoke).sort()).toEqual([...channels].sort())
    for (const channel of channels) expect(typeof bridge.invoke[channel]).toBe('function')
  })

  it('sends each method on its own channel with the input as given', async () => {
    const { ipc } = fakeIpc()
    const bridge = buildBridge(ipc)
    const result = await bridge.invoke['app.openExternal']({ url: 'https://thordata.com' })
    expect(ipc.invoke).toHaveBeenCalledWith('app.openExternal', { url: 'https://thordata.com' })
    expect(result).toEqual({ ok: true, value: { channel: 'app.openExternal', input: { url: 'https://thordata.com' } } })
    for (const channel of channels) {
      await (bridge.invoke[channel] as (input: unknown) => Promise<unknown>)(undefined)
      expect(ipc.invoke).toHaveBeenLastCalledWith(channel, undefined)
    }
  })

  it('offers no way to call a channel that is not in the contract', () => {
    const { ipc } = fakeIpc()
    const bridge = buildBridge(ipc)
    const invoke = bridge.invoke as unknown as Record<string, unknown>
    expect(invoke['event:session.changed']).toBeUndefined()
    expect(invoke.invoke).toBeUndefined()
    expect(() => {
      invoke['shell.exec'] = () => ipc.invoke('shell.exec', 'rm -rf /')
    }).toThrow(TypeError)
    expect(invoke['shell.exec']).toBeUndefined()
    expect(ipc.invoke).not.toHaveBeenCalled()
  })

  it('does not hand out ipcRenderer or anything generic', () => {
    const { ipc } = fakeIpc()
    const bridge = buildBridge(ipc)
    const values = [...Object.values(bridge.invoke), ...Object.values(bridge.on)]
    expect(values).not.toContain(ipc.invoke)
    expect(values).not.toContain(ipc.on)
    expect(JSON.stringify(Object.keys(bridge.on).sort())).toBe(JSON.stringify([...eventNames].sort()))
  })

  it('delivers only the payload of an event and stops after unsubscribe', () => {
    const { ipc, emit, listeners } = fakeIpc()
    const bridge = buildBridge(ipc)
    const seen: unknown[] = []
    const off = bridge.on['data.invalidate']((payload) => seen.push(payload))
    emit('event:data.invalidate', { scope: 'account' })
    emit('event:session.changed', { mode: 'none' })
    expect(seen).toEqual([{ scope: 'account' }])
    off()
    emit('event:data.invalidate', { scope: 'all' })
    expect(seen).toHaveLength(1)
    expect(listeners.get('event:data.invalidate')?.size).toBe(0)
  })

  it('keeps two subscribers to the same event independent', () => {
    const { ipc, emit } = fakeIpc()
    const bridge = buildBridge(ipc)
    const a = vi.fn()
    const b = vi.fn()
    const offA = bridge.on['updater.status'](a)
    bridge.on['updater.status'](b)
    offA()
    emit('event:updater.status', { state: 'checking' })
    expect(a).not.toHaveBeenCalled()
    expect(b).toHaveBeenCalledWith({ state: 'checking' })
  })
})
