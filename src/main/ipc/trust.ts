export interface SenderTrustOptions {
  /** The electron-vite dev server (development only). Must be on loopback. */
  rendererUrl?: string
  /** The app page served over the app:// protocol (APP_PAGE_URL in src/main/app/app-protocol.ts). */
  appPage?: string
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

function parse(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname)
  } catch {
    return null
  }
}

/** Same page: scheme, exact host (no port, no credentials) and path; query and hash may differ. */
function samePage(url: URL, page: URL): boolean {
  return (
    url.protocol === page.protocol &&
    url.host === page.host &&
    url.username === '' &&
    url.password === '' &&
    decodedPath(url) === decodedPath(page)
  )
}

/**
 * Decides whether a URL is the app's own page: the exact app:// page, or the dev server's origin. file:// is
 * never trusted. Used for IPC senders, navigation and permissions, so it compares parsed URLs, never prefixes.
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
  let appPage: URL | null = null
  if (options.appPage) {
    appPage = parse(options.appPage)
    if (!appPage || ['http:', 'https:', 'file:'].includes(appPage.protocol) || !appPage.host) {
      throw new Error(`The app page must be on a custom protocol with a host, got ${options.appPage}`)
    }
  }

  return (senderUrl) => {
    const url = typeof senderUrl === 'string' ? parse(senderUrl) : null
    if (!url) return false
    if (devOrigin !== null && (url.protocol === 'http:' || url.protocol === 'https:')) return url.origin === devOrigin
    return appPage !== null && samePage(url, appPage)
  }
}
