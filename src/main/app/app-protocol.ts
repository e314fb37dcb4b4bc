/**
 * The app:// protocol that serves the built renderer (Electron's checklist: a custom protocol instead of file://).
 * Plain Node, so it is tested without Electron: src/main/electron/app-protocol.ts only registers it.
 */
import { realpathSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY, FRAME_POLICY } from './window-policy'

export const APP_SCHEME = 'app'
export const APP_HOST = 'thordata'
/** The one page the window loads, and the only page the sender check trusts (src/main/ipc/trust.ts). */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

export function mimeTypeFor(file: string): string {
  return mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Sent with every app:// response, errors included: the page's CSP arrives as a header, not only as a meta tag. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': `${CONTENT_SECURITY_POLICY}; ${FRAME_POLICY}`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  }
}

function refuse(status: number, message: string, method: string): Response {
  const headers = appResponseHeaders('text/plain; charset=utf-8')
  if (status === 405) headers.allow = 'GET, HEAD'
  return new Response(method === 'HEAD' ? null : message, { status, headers })
}

/** Names Windows opens as devices in any folder (NUL, COM1…), never as files. */
const windowsDevice = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i

/**
 * The file a request names, as path segments under the root, or null when the URL is not one we serve:
 * another scheme or host, credentials or a port, dot segments (raw or percent-encoded), backslashes, encoded
 * slashes, NUL, drive letters or Windows device names. Chromium normalises URLs before they reach us; this does
 * not rely on it.
 */
export function requestedSegments(rawUrl: string): string[] | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null
  // The raw path, before the URL parser resolves (and so hides) any dot segment.
  const afterHost = rawUrl.slice(rawUrl.indexOf('//') + 2)
  const pathStart = afterHost.search(/[/?#\\]/)
  const rawPath = pathStart === -1 ? '' : afterHost.slice(pathStart).split(/[?#]/)[0]
  if (rawPath.includes('\\')) return null
  const segments: string[] = []
  for (const raw of rawPath.split('/').slice(1)) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment) || windowsDevice.test(segment)) return null
    if (segment !== '') segments.push(segment)
  }
  return segments.length === 0 ? ['index.html'] : segments
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

export interface AppProtocolRequest {
  url: string
  method: string
}

/** request → Response for app://thordata/<path>, serving files under `root` (out/renderer) and nothing else. */
export function createAppProtocolHandler(root: string): (request: AppProtocolRequest) => Promise<Response> {
  const base = resolve(root)
  return async (request) => {
    const method = request.method.toUpperCase()
    if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'Method not allowed', method)
    const segments = requestedSegments(request.url)
    if (!segments) return refuse(400, 'Bad request', method)
    const file = join(base, ...segments)
    if (!isInside(base, file)) return refuse(400, 'Bad request', method)
    let size: number
    try {
      // A symlink inside the root must not lead out of it.
      if (!isInside(realpathSync(base), realpathSync(file))) return refuse(404, 'Not found', method)
      const stats = statSync(file)
      if (!stats.isFile()) return refuse(404, 'Not found', method)
      size = stats.size
    } catch {
      return refuse(404, 'Not found', method)
    }
    const headers = { ...appResponseHeaders(mimeTypeFor(file)), 'content-length': String(size) }
    if (method === 'HEAD') return new Response(null, { status: 200, headers })
    try {
      return new Response(new Uint8Array(await readFile(file)), { status: 200, headers })
    } catch {
      return refuse(404, 'Not found', method)
    }
  }
}
