import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface SenderTrustOptions {
  /** The electron-vite dev server (development only). Must be on loopback. */
  rendererUrl?: string
  /** Absolute path of out/renderer/index.html. */
  rendererFile?: string
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

function parse(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/**
 * Decides whether a URL is the app's own page: the exact renderer file, or the dev server's origin.
 * Used for IPC senders, navigation and permissions, so it compares parsed URLs, never string prefixes.
 */
export function createSenderTrust(options: SenderTrustOptions): (senderUrl: string) => boolean {
  let devOrigin: string | null = null
  if (options.rendererUrl) {
    const dev = parse(options.rendererUrl)
    if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:') || !loopbackHosts.has(dev.hostname)) {
      throw new Error(`The renderer dev server must be an http(s) loopback URL, got ${options.rendererUrl}`)
    }
    devOrigin = dev.origin
  }
  const ownFile = options.rendererFile ? resolve(options.rendererFile) : null

  return (senderUrl) => {
    const url = typeof senderUrl === 'string' ? parse(senderUrl) : null
    if (!url) return false
    if (devOrigin !== null && (url.protocol === 'http:' || url.protocol === 'https:')) return url.origin === devOrigin
    if (ownFile !== null && url.protocol === 'file:' && url.host === '') {
      try {
        return fileURLToPath(url) === ownFile
      } catch {
        return false
      }
    }
    return false
  }
}
