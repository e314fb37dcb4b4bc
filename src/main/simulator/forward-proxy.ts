import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { FaultRegistry } from './faults'
import { type ProxyLogin, parseProxyUsername } from './proxy-username'
import type { SimState, UserProxyType, WhitelistProxyType } from './state/types'

/**
 * The simulator's forward proxy: Thordata's gateway as demo mode and the tests meet it, on loopback only. It takes
 * HTTP absolute-form requests and CONNECT, checks the proxy user's name and password (or, without credentials,
 * that the caller's IP is whitelisted) against the simulator's state, and goes nowhere else: the only thing behind
 * it is the IP echo, which answers a made-up exit IP and the country the username asked for. One listener per
 * gateway product, since Thordata tells them apart by port.
 */
export const IP_ECHO_PATH = '/ip-echo'
export const PROXY_MAX_CONCURRENT = 8
export const PROXY_MAX_TOTAL = 5000

export const gatewayProducts = ['residential', 'unlimited', 'mobile'] as const
export type GatewayProduct = (typeof gatewayProducts)[number]
const userTypes: Record<GatewayProduct, UserProxyType> = { residential: 1, unlimited: 2, mobile: 3 }
const whitelistTypes: Record<GatewayProduct, WhitelistProxyType> = { residential: 1, unlimited: 2, mobile: 9 }
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])
/** What a continent-only username exits in. */
const continentCountry: Record<string, string> = {
  af: 'ZA',
  an: 'AQ',
  as: 'JP',
  eu: 'DE',
  na: 'US',
  oc: 'AU',
  sa: 'BR',
}

export interface ForwardProxyDeps {
  state: SimState
  /** Faults for the proxy itself (latency, timeout, reset, http-error); its own registry. */
  faults: FaultRegistry
  maxConcurrent?: number
  maxTotal?: number
}

export interface ForwardProxy {
  /** The port of each product's listener on 127.0.0.1. */
  ports: Record<GatewayProduct, number>
  /** Requests it accepted since start or the last reset (the total is bounded). */
  served(): number
  reset(): void
  close(): Promise<void>
}

export interface EchoAnswer {
  ip: string
  country: string
  city?: string
  region?: string
  org?: string
}

/** A stable fake exit for a login: the same username (and sticky session) always exits from the same address. */
export function exitFor(login: ProxyLogin | null, callerIp: string): EchoAnswer {
  if (!login) return { ip: callerIp, country: 'US' }
  const key = [login.username, login.continent, login.country, login.state, login.city, login.asn, login.sessionId]
  let hash = 0x811c9dc5
  for (const char of key.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  const country = login.country?.toUpperCase() ?? (login.continent && continentCountry[login.continent]) ?? 'US'
  return {
    ip: `198.51.100.${1 + (hash % 254)}`,
    country,
    ...(login.city ? { city: login.city } : {}),
    ...(login.state ? { region: login.state } : {}),
    ...(login.asn ? { org: login.asn } : {}),
  }
}

type Verdict = { ok: true; exit: EchoAnswer } | { ok: false; status: number; reason: string }

function authorize(req: IncomingMessage, product: GatewayProduct, state: SimState): Verdict {
  const header = req.headers['proxy-authorization']
  if (!header) {
    const listed = state.whitelist[whitelistTypes[product]].some((e) => e.enabled && e.ip === state.publicIp)
    return listed
      ? { ok: true, exit: exitFor(null, state.publicIp) }
      : { ok: false, status: 407, reason: `${state.publicIp} is not whitelisted and no credentials were sent` }
  }
  const match = /^Basic\s+(\S+)$/i.exec(header)
  const decoded = match ? Buffer.from(match[1] as string, 'base64').toString('utf8') : ''
  const colon = decoded.indexOf(':')
  if (colon < 0) return { ok: false, status: 407, reason: 'credentials not readable' }
  const login = parseProxyUsername(decoded.slice(0, colon))
  if ('error' in login) return { ok: false, status: 407, reason: login.error }
  const user = state.proxyUsers[userTypes[product]].find((u) => u.username === login.username)
  if (!user || user.password !== decoded.slice(colon + 1) || !user.enabled) {
    return { ok: false, status: 407, reason: 'wrong proxy username or password' }
  }
  return { ok: true, exit: exitFor(login, state.publicIp) }
}

const refuse = (res: ServerResponse, status: number, reason: string) => {
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }
  if (status === 407) headers['proxy-authenticate'] = 'Basic realm="Thordata"'
  res.writeHead(status, headers).end(`${reason}\n`)
}

const refuseTunnel = (socket: Socket, status: number, reason: string) => {
  const extra = status === 407 ? 'Proxy-Authenticate: Basic realm="Thordata"\r\n' : ''
  socket.end(
    `HTTP/1.1 ${status} ${reason.replace(/[\r\n]/g, ' ')}\r\n${extra}Connection: close\r\nContent-Length: 0\r\n\r\n`,
  )
}

export async function startForwardProxy(deps: ForwardProxyDeps): Promise<ForwardProxy> {
  const maxConcurrent = deps.maxConcurrent ?? PROXY_MAX_CONCURRENT
  const maxTotal = deps.maxTotal ?? PROXY_MAX_TOTAL
  let active = 0
  let total = 0
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  // What each tunnel's requests exit as; the echo behind a CONNECT reads it from its socket.
  const tunnelExit = new WeakMap<Socket, EchoAnswer>()

  const answerEcho = (res: ServerResponse, exit: EchoAnswer) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(exit))
  }
  const echo = createServer((req, res) => {
    const exit = tunnelExit.get(req.socket)
    if (!exit || new URL(req.url ?? '/', 'http://x').pathname !== IP_ECHO_PATH) return refuse(res, 404, 'not found')
    answerEcho(res, exit)
  })

  /** Admission: null when the request may go on, else the status and reason to refuse it with. */
  const admit = (): [number, string] | null => {
    if (total >= maxTotal) return [503, `the demo proxy has served its ${maxTotal} requests; reset the simulator`]
    if (active >= maxConcurrent) return [503, `the demo proxy is busy (at most ${maxConcurrent} at a time)`]
    total += 1
    active += 1
    return null
  }
  /** Applies a proxy fault; true when it answered (or swallowed) the request. */
  const applyFault = async (fail: (status: number) => void, socket: Socket): Promise<boolean> => {
    const fault = deps.faults.take(IP_ECHO_PATH)
    if (!fault) return false
    if (fault.kind === 'latency') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer)
          resolve()
        }, fault.latencyMs ?? 1000)
        timers.add(timer)
      })
      return false
    }
    if (fault.kind === 'timeout') return true
    if (fault.kind === 'reset') socket.resetAndDestroy()
    else fail(fault.status ?? 502)
    return true
  }

  const listen = (product: GatewayProduct): Promise<[Server, number]> => {
    const server = createServer(async (req, res) => {
      const refused = admit()
      if (refused) return refuse(res, ...refused)
      res.on('close', () => {
        active -= 1
      })
      if (await applyFault((status) => refuse(res, status, 'bad gateway'), req.socket)) return
      const verdict = authorize(req, product, deps.state)
      if (!verdict.ok) return refuse(res, verdict.status, verdict.reason)
      let target: URL
      try {
        target = new URL(req.url ?? '')
      } catch {
        return refuse(res, 400, 'a proxy request names an absolute URL')
      }
      if (target.protocol !== 'http:' || !loopback.has(target.hostname) || target.pathname !== IP_ECHO_PATH) {
        return refuse(res, 502, "the demo proxy reaches only the simulator's IP echo")
      }
      answerEcho(res, verdict.exit)
    })
    server.on('connect', async (req: IncomingMessage, socket: Socket, head: Buffer) => {
      const refused = admit()
      if (refused) return refuseTunnel(socket, ...refused)
      socket.once('close', () => {
        active -= 1
      })
      socket.on('error', () => {})
      if (await applyFault((status) => refuseTunnel(socket, status, 'Bad Gateway'), socket)) return
      const verdict = authorize(req, product, deps.state)
      if (!verdict.ok) return refuseTunnel(socket, verdict.status, 'Proxy Authentication Required')
      const [host] = (req.url ?? '').split(/:(?=\d+$)/)
      if (!loopback.has(host ?? '')) return refuseTunnel(socket, 502, 'Bad Gateway')
      tunnelExit.set(socket, verdict.exit)
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) socket.unshift(head)
      echo.emit('connection', socket)
    })
    server.on('connection', (socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
    return new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => {
        const address = server.address()
        resolve([server, typeof address === 'object' && address ? address.port : 0])
      })
    })
  }

  const listening = await Promise.all(gatewayProducts.map(listen))
  const servers = listening.map(([server]) => server)
  const ports = Object.fromEntries(gatewayProducts.map((p, i) => [p, listening[i]?.[1] ?? 0]))
  return {
    ports: ports as Record<GatewayProduct, number>,
    served: () => total,
    reset() {
      total = 0
    },
    async close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const socket of sockets) socket.destroy()
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve())
              server.closeAllConnections()
            }),
        ),
      )
    },
  }
}
