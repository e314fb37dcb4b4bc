import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { type Fault, type FaultRegistry, isFaultable } from '../faults'
import type { RequestLog } from '../requests'
import { readParams } from './body'
import { defaultRedirectLocation, sendPlainNotFound, sendRedirect, streamOversized } from './fault-replies'
import { sendError, sendHttpError, sendJson, sendMalformed, sendSuccess } from './reply'
import type { Route, SimContext } from './route'
import { MESSAGES, messageFor, SimError } from './sim-error'

/** A latency fault's delay when it names none. */
const DEFAULT_LATENCY_MS = 1000

export interface ServerDeps {
  context: SimContext
  faults: FaultRegistry
  routes: Route[]
  /** Records every API request (method, path, fault, whether a route ran). */
  requests?: RequestLog
  /** Answers /__control/*; absent when the control surface is switched off. */
  control?: (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>
}

export interface SimServer {
  listen(port: number): Promise<number>
  /** Stops at once: held ('timeout') and keep-alive sockets are destroyed, pending latency timers dropped. */
  close(): Promise<void>
}

export function createSimServer(deps: ServerDeps): SimServer {
  const routes = new Map(deps.routes.map((r) => [r.path, r]))
  // `/alt/api/…` is the same API under a second base URL, so a client can have two hosts on one simulator.
  const routeOf = (pathname: string) =>
    routes.get(pathname.startsWith('/alt/api/') ? pathname.slice('/alt'.length) : pathname)
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      sendJson(res, 500, { code: 500, data: null, msg: error instanceof Error ? error.message : String(error) })
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname
    if (pathname === '/__control' || pathname.startsWith('/__control/')) {
      if (deps.control) return deps.control(req, res, pathname)
      return sendJson(res, 404, { code: 404, data: null, msg: 'Not Found' })
    }
    const seen = deps.requests?.record(req.method ?? 'GET', pathname)
    let early: ReturnType<typeof readParams> | undefined
    if (isFaultable(pathname)) {
      const fault = deps.faults.take(pathname)
      if (fault && seen) {
        seen.fault = fault.kind
        if (fault.kind === 'latency') seen.latencyMs = fault.latencyMs ?? DEFAULT_LATENCY_MS
      }
      // Only the answer is slow: the request arrives whole, so a client that gives up meanwhile still changed state.
      if (fault?.kind === 'latency') {
        early = readParams(req, url)
        early.catch(() => {})
      }
      if (fault && (await applyFault(fault, req, res, pathname))) return
    }
    const route = routeOf(pathname)
    if (!route) return sendJson(res, 404, { code: 404, data: null, msg: 'Not Found' })
    if (req.method !== route.method) {
      res.setHeader('Allow', route.method)
      return sendJson(res, 405, { code: 405, data: null, msg: `Use ${route.method} for ${pathname}` })
    }
    const envelope = route.envelope ?? 'standard'
    try {
      const params = await (early ?? readParams(req, url))
      if (!route.public) checkAuth(req, url, deps.context)
      if (seen) seen.routed = true
      sendSuccess(res, envelope, route.handle(deps.context, params))
    } catch (error) {
      if (!(error instanceof SimError)) throw error
      sendError(res, envelope, error.code, error.message)
    }
  }

  /** True when the fault answered (or swallowed) the request; latency lets it carry on. */
  async function applyFault(
    fault: Fault,
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    switch (fault.kind) {
      case 'latency':
        await delay(fault.latencyMs ?? DEFAULT_LATENCY_MS)
        return false
      case 'timeout':
        return true
      case 'reset':
        req.socket.resetAndDestroy()
        return true
      case 'http-error':
        sendHttpError(res, fault.status ?? 500)
        return true
      case 'malformed':
        sendMalformed(res)
        return true
      case 'code': {
        const code = fault.code ?? 10011
        const msg = messageFor(code, deps.context.state.publicIp)
        // In the route's own envelope when it has one of its own (§7.6 answers `status_code`, not `code`).
        if (routeOf(pathname)?.envelope === 'balancing') sendError(res, 'balancing', code, msg)
        else sendJson(res, 200, { code, data: null, msg })
        return true
      }
      case 'redirect':
        sendRedirect(res, fault.status ?? 302, fault.location ?? defaultRedirectLocation(req, pathname))
        return true
      case 'oversized':
        await streamOversized(res, fault.bytes ?? 40 * 1024 ** 2)
        return true
      case 'not-found':
        sendPlainNotFound(res)
        return true
    }
  }

  return {
    listen(port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject)
          const address = server.address()
          resolve(typeof address === 'object' && address ? address.port : port)
        })
      })
    },
    close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      return new Promise((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
        server.closeAllConnections()
      })
    },
  }
}

/**
 * GET carries token/key in the query and POST in headers (reference §1.2); each also accepts the other place,
 * as the SDK spec claims the real service does. The method's documented place wins when both are sent.
 */
function checkAuth(req: IncomingMessage, url: URL, context: SimContext): void {
  const fromHeader = (name: string): string | undefined => {
    const value = req.headers[name]
    return Array.isArray(value) ? value[0] : value
  }
  const pick = (name: string): string | undefined => {
    const query = url.searchParams.get(name) ?? undefined
    return req.method === 'GET' ? (query ?? fromHeader(name)) : (fromHeader(name) ?? query)
  }
  const { token, key } = context.state.credentials
  if (pick('token') !== token) throw new SimError(10013, MESSAGES[10013])
  if (pick('key') !== key) throw new SimError(10014, MESSAGES[10014])
}
