import { type Channel, channels, type EventName, eventNames } from '@shared/ipc/channels'
import type { Bridge } from '@shared/ipc/contract'

type Listener = (event: unknown, payload: unknown) => void

/** The slice of ipcRenderer the bridge uses; it never leaves this module. */
export interface RendererIpc {
  invoke(channel: string, input: unknown): Promise<unknown>
  on(channel: string, listener: Listener): unknown
  removeListener(channel: string, listener: Listener): unknown
}

/**
 * window.thordata: one named method per contract channel and one subscriber per event. The renderer gets no
 * generic invoke(channel) and no ipcRenderer, so it can reach exactly what the contract lists.
 */
export function buildBridge(ipc: RendererIpc): Bridge {
  const invoke = Object.fromEntries(
    channels.map((channel: Channel) => [channel, (input: unknown) => ipc.invoke(channel, input)]),
  ) as Bridge['invoke']

  const on = Object.fromEntries(
    eventNames.map((name: EventName) => [
      name,
      (listener: (payload: unknown) => void) => {
        // The IpcRendererEvent stays here: it carries the sender and ports the page must not see.
        const forward: Listener = (_event, payload) => listener(payload)
        ipc.on(`event:${name}`, forward)
        return () => {
          ipc.removeListener(`event:${name}`, forward)
        }
      },
    ]),
  ) as Bridge['on']

  return Object.freeze({ invoke: Object.freeze(invoke), on: Object.freeze(on) }) satisfies Bridge
}
