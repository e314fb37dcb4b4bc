/**
 * The preview's preload: served (bundled by esbuild, see ./bundle.ts) at /__bridge/bridge.js, it builds
 * window.thordata with the preload's own buildBridge over an HTTP transport to the bridge server, so the page
 * sees exactly the Bridge the desktop app gives it. Calls go as POST /__bridge/invoke/<channel> (with the page's
 * address, for main's sender check); events arrive over one EventSource.
 */
import { BRIDGE_GLOBAL } from '@shared/ipc/channels'
import { buildBridge, type RendererIpc } from '../../src/preload/build-bridge'

type Listener = (event: unknown, payload: unknown) => void

const notRunning = {
  ok: false,
  error: { kind: 'network', message: 'The preview server is not running.', retryable: true },
} as const

export function httpTransport(): RendererIpc {
  const listeners = new Map<string, Set<Listener>>()
  let source: EventSource | null = null
  const connect = () => {
    if (source) return
    source = new EventSource('/__bridge/events')
    source.onmessage = (message) => {
      const { name, payload } = JSON.parse(message.data) as { name: string; payload: unknown }
      for (const listener of listeners.get(`event:${name}`) ?? []) listener(null, payload)
    }
  }
  return {
    async invoke(channel, input) {
      let response: Response
      try {
        response = await fetch(`/__bridge/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-thordata-page': location.href },
          body: JSON.stringify({ input }),
        })
      } catch {
        return notRunning
      }
      const result = (await response.json()) as { ok: boolean }
      if (channel === 'app.copyText' && result.ok && navigator.clipboard) {
        // Mirror main's clipboard into the browser's, so copying works for a person using the preview.
        navigator.clipboard.writeText((input as { text: string }).text).catch(() => {})
      }
      return result
    },
    on(channel, listener) {
      connect()
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener)
    },
  }
}

Object.defineProperty(window, BRIDGE_GLOBAL, { value: buildBridge(httpTransport()) })
