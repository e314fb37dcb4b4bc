import { channels } from '@shared/ipc/contract'
import { ipcMain, type WebContents } from 'electron'
import type { Core } from '../core/create-core'

/**
 * Binds every contract channel to the core and forwards the core's events to the window.
 * The sender's frame URL goes along so the core can refuse pages that are not the app.
 */
export function bindIpc(core: Pick<Core, 'dispatch' | 'subscribe'>, target: () => WebContents | null): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input) => core.dispatch(channel, input, { url: event.senderFrame?.url ?? '' }))
  }
  const unsubscribe = core.subscribe((name, payload) => {
    const contents = target()
    if (contents && !contents.isDestroyed()) contents.send(`event:${name}`, payload)
  })
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
    unsubscribe()
  }
}
