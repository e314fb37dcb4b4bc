import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Socket } from 'node:net'
import { connect as tlsConnect } from 'node:tls'

/** A proxy to send one request through; no credentials means the proxy checks the caller's IP (whitelist). */
export interface ProxyHop {
  host: string
  port: number
  credentials?: { username: string; password: string }
}

/** What came back, or how the exchange failed (the tester puts it in words). */
export type HopOutcome =
  | { kind: 'answer'; status: number; body: string }
  | { kind: 'proxy-status'; status: number }
  | { kind: 'failed'; code: string }
  | { kind: 'timeout' }
  | { kind: 'too-large' }

export interface HopOptions {
  /** The whole exchange, connection included, must finish within this. */
  timeoutMs: number
  maxBytes: number
  /** CONNECT even for an http target (https targets always tunnel). */
  tunnel?: boolean
}

const authHeader = (hop: ProxyHop): Record<string, string> =>
  hop.credentials
    ? {
        'proxy-authorization': `Basic ${Buffer.from(`${hop.credentials.username}:${hop.credentials.password}`).toString('base64')}`,
      }
    : {}

/**
 * One GET of `target` through an HTTP proxy: absolute-form for http targets, CONNECT (then TLS for https) otherwise.
 * Settles exactly once; the deadline destroys every socket it opened.
 */
export function getThroughProxy(hop: ProxyHop, target: URL, options: HopOptions): Promise<HopOutcome> {
  return new Promise((resolve) => {
    const open = new Set<{ destroy(): void }>()
    let settled = false
    const finish = (outcome: HopOutcome) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      for (const item of open) item.destroy()
      resolve(outcome)
    }
    const timer = setTimeout(() => finish({ kind: 'timeout' }), options.timeoutMs)
    const failed = (error: NodeJS.ErrnoException) => finish({ kind: 'failed', code: error.code ?? 'UNKNOWN' })

    const readAnswer = (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > options.maxBytes) return finish({ kind: 'too-large' })
        chunks.push(chunk)
      })
      res.on('end', () =>
        finish({ kind: 'answer', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      )
      res.on('error', failed)
    }
    const track = (req: ClientRequest) => {
      open.add(req)
      req.on('error', failed)
      req.end()
    }

    const headers = { accept: 'application/json', 'user-agent': 'ThordataDesktop-proxy-test' }
    if (target.protocol === 'http:' && !options.tunnel) {
      const req = httpRequest({
        host: hop.host,
        port: hop.port,
        method: 'GET',
        path: target.href,
        headers: { ...headers, host: target.host, ...authHeader(hop) },
        agent: false,
      })
      req.on('response', (res) => {
        // Any answer the proxy makes itself (407, 403, 502…) is its status; the echo answers 200.
        if (res.statusCode !== 200) {
          res.resume()
          return finish({ kind: 'proxy-status', status: res.statusCode ?? 0 })
        }
        readAnswer(res)
      })
      return track(req)
    }

    const port = target.port || (target.protocol === 'https:' ? '443' : '80')
    const connect = httpRequest({
      host: hop.host,
      port: hop.port,
      method: 'CONNECT',
      path: `${target.hostname}:${port}`,
      headers: { host: `${target.hostname}:${port}`, ...authHeader(hop) },
      agent: false,
    })
    connect.on('connect', (res: IncomingMessage, socket: Socket) => {
      open.add(socket)
      if (res.statusCode !== 200) return finish({ kind: 'proxy-status', status: res.statusCode ?? 0 })
      const viaTunnel =
        target.protocol === 'https:'
          ? httpsRequest(target, {
              headers,
              // No agent: createConnection is used only without one (agent: false would make a fresh one).
              createConnection: () => {
                const secure = tlsConnect({ socket, servername: target.hostname })
                open.add(secure)
                return secure
              },
            })
          : httpRequest(target, { headers, createConnection: () => socket })
      viaTunnel.on('response', readAnswer)
      track(viaTunnel)
    })
    connect.on('response', (res) => {
      // A proxy that answers CONNECT without upgrading (a plain 407 page) ends up here.
      res.resume()
      finish({ kind: 'proxy-status', status: res.statusCode ?? 0 })
    })
    track(connect)
  })
}
