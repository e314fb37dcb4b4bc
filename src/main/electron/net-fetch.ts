import { Readable } from 'node:stream'
import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron'

export type NetRequest = (options: ClientRequestConstructorOptions) => ClientRequest

const nullBodyStatus = new Set([101, 204, 205, 304])

function headersOf(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw)) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  return headers
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')
}

/**
 * `fetch` over Electron's `net.request` (Chromium's network stack: the system proxy and the OS certificate store),
 * for the Thordata client. It differs from `net.fetch` in one way that matters: a redirect comes back as the 3xx it
 * is, with its Location, and is never followed, so the transport can refuse it and name where it pointed.
 * `net.fetch` with `redirect: 'manual'` instead rejects with "Redirect was cancelled" (electron/electron#43715),
 * which reads as a lost connection and gets retried.
 */
export function createNetFetch(request: NetRequest): typeof fetch {
  return (input, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = input instanceof Request ? input.url : String(input)
      const method = (init.method ?? 'GET').toUpperCase()
      const signal = init.signal ?? undefined
      if (signal?.aborted) {
        reject(abortReason(signal))
        return
      }
      let settled = false
      const settle = (finish: () => void) => {
        if (settled) return
        settled = true
        signal?.removeEventListener('abort', onAbort)
        finish()
      }
      const req = request({ method, url, redirect: 'manual' })
      const onAbort = () => {
        req.abort()
        settle(() => reject(abortReason(signal as AbortSignal)))
      }
      signal?.addEventListener('abort', onAbort, { once: true })

      for (const [name, value] of new Headers(init.headers)) req.setHeader(name, value)

      req.on('redirect', (statusCode, _method, redirectUrl, responseHeaders) => {
        // Not following is the point: the request stops here, before anything is sent to redirectUrl.
        req.abort()
        const headers = headersOf(responseHeaders)
        headers.set('location', redirectUrl)
        settle(() => resolve(new Response(null, { status: statusCode, headers })))
      })
      req.on('response', (response: IncomingMessage) => {
        const body =
          nullBodyStatus.has(response.statusCode) || method === 'HEAD'
            ? null
            : (Readable.toWeb(response as unknown as Readable) as ReadableStream<Uint8Array>)
        settle(() =>
          resolve(
            new Response(body, {
              status: response.statusCode,
              statusText: response.statusMessage,
              headers: headersOf(response.headers),
            }),
          ),
        )
      })
      req.on('error', (error) => settle(() => reject(error)))

      if (init.body !== undefined && init.body !== null) req.write(String(init.body))
      req.end()
    })
}
