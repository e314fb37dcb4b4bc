import { EventEmitter } from 'node:events'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'

interface RequestOptions {
  method?: string
  url: string
  redirect?: 'follow' | 'error' | 'manual'
}

/**
 * Electron's `net.request` played by Node's http client, for the fake Electron: the same events (`response`,
 * `redirect`, `error`), and with `redirect: 'manual'` a 3xx becomes a `redirect` event and then, since nobody calls
 * followRedirect(), the "Redirect was cancelled" error Chromium gives.
 */
export function fakeNetRequest(options: RequestOptions) {
  const url = new URL(options.url)
  const emitter = new EventEmitter()
  const headers: Record<string, string> = {}
  const chunks: string[] = []
  let aborted = false
  let sent: ReturnType<typeof httpRequest> | null = null
  return Object.assign(emitter, {
    setHeader: (name: string, value: string) => {
      headers[name] = value
    },
    write: (chunk: string) => void chunks.push(chunk),
    abort: () => {
      aborted = true
      sent?.destroy()
    },
    end: () => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest
      sent = send(url, { method: options.method ?? 'GET', headers }, (response: IncomingMessage) => {
        const status = response.statusCode ?? 0
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume()
          const location = new URL(response.headers.location, url).href
          emitter.emit('redirect', status, options.method ?? 'GET', location, response.headers)
          if (!aborted) emitter.emit('error', new Error('Redirect was cancelled'))
          return
        }
        emitter.emit('response', response)
      })
      sent.on('error', (error) => {
        if (!aborted) emitter.emit('error', error)
      })
      sent.end(chunks.join(''))
    },
  })
}
