import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY, FRAME_POLICY } from '../../src/main/app/window-policy'
import { type Core, createCore } from '../../src/main/core/create-core'
import { createNodePorts, type KeychainChoice, type PortRecord } from '../../src/main/core/node-ports'
import { t } from '../../src/main/i18n'
import { createLogger } from '../../src/main/log/logger'
import { DEMO_CREDENTIALS, type Simulator, startSimulator } from '../../src/main/simulator'
import { bridgeClientScript } from './client-script'
import { listenOnLoopback } from './listen'
import { createScriptedUpdater, type UpdaterScript } from './scripted-updater'
import { BRIDGE_SECRET_QUERY, createGuard, newBridgeSecret, OPEN_THE_PRINTED_LINK } from './secret'

/** The account a person or a test "connects" with: the remote simulator plays Thordata's real API for it. */
export const BRIDGE_ACCOUNT = { token: 'bridge5f1c0e7a9b2d4c68', key: 'k3y-7d9e2a41c0b8', accountName: 'acme_scraping' }

const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export interface BridgeOptions {
  /** Default 0: any free port. */
  port?: number
  /** When `port` is taken, move to the next free one instead of failing with PortTakenError. */
  portFallback?: boolean
  rendererDir?: string
  keychain?: KeychainChoice
  /** This launch's secret; default a fresh random one. Tests pass theirs (THORDATA_BRIDGE_SECRET with --test). */
  secret?: string
  /**
   * Serve what tests use to arrange the world: /__bridge/state, /reset, /restart, and the simulators' /__control
   * (fault switches). Off for a person's preview, where they answer 404.
   */
  testRoutes?: boolean
}

/**
 * The browser stand-in for Electron: serves the built renderer with a bridge script in place of the preload,
 * and forwards every bridge call to the real main-process core (handlers, client, keychain store), which talks to
 * the simulator. Used by the Playwright specs and by `npm run preview`. Every request must carry this launch's
 * secret (see ./secret.ts): Host and Origin alone are headers any local process can forge.
 */
export async function startBridgeServer(options: BridgeOptions = {}) {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer')
  const log = createLogger('bridge')
  const testRoutes = options.testRoutes === true
  const secret = options.secret ?? newBridgeSecret()
  if (secret.length < 32) throw new Error('The bridge secret must be at least 32 characters')
  let keychain: KeychainChoice = options.keychain ?? 'os'
  let record: PortRecord = { clipboard: null, opened: [] }
  let userDataDir = ''
  let core: Core
  // Each fresh user gets a fresh updater; under test it can be scripted (/__bridge/updater).
  let updater = createScriptedUpdater(() => t('errors:updater.preview'))
  const streams = new Set<ServerResponse>()
  let origin = ''

  async function boot() {
    userDataDir = await mkdtemp(join(tmpdir(), 'thordata-bridge-'))
    // A fresh user starts with Thordata's documented settings, except that the "real" API is the remote simulator.
    await writeFile(
      join(userDataDir, 'settings.json'),
      JSON.stringify({
        version: 1,
        mode: 'none',
        settings: {
          apiBaseUrl: remote.apiBaseUrl,
          fallbackApiBaseUrl: '',
          publicIpUrl: remote.publicIpUrl,
          extractBaseUrl: remote.extractBaseUrl,
        },
      }),
    )
    record = { clipboard: null, opened: [] }
    updater = createScriptedUpdater(() => t('errors:updater.preview'))
    await startCore()
  }

  /** A new main process on the same profile folder and keychain: what relaunching the app does. */
  async function startCore() {
    core = createCore({
      userDataDir,
      ports: {
        ...createNodePorts(keychain, record, () => t('errors:updater.preview')),
        ...(testRoutes ? { updater: updater.port } : {}),
      },
      trust: (url) => {
        try {
          return new URL(url).origin === origin
        } catch {
          return false
        }
      },
      log,
      demo: { control: testRoutes },
      keychainService: 'Thordata Desktop (bridge)',
    })
    await core.start()
    core.subscribe((name, payload) => {
      const line = `data: ${JSON.stringify({ name, payload })}\n\n`
      for (const stream of streams) stream.write(line)
    })
  }

  async function shutdownCore() {
    // Sign out first so no credentials stay in the (throwaway or real) keychain between tests.
    await core.dispatch('session.signOut', undefined, { url: `${origin}/` }).catch(() => undefined)
    await core.stop()
    await rm(userDataDir, { recursive: true, force: true })
  }

  async function serveRenderer(res: ServerResponse, pathname: string) {
    const file = normalize(join(rendererDir, pathname === '/' ? 'index.html' : pathname))
    const inside = relative(rendererDir, file)
    if (inside.startsWith('..') || isAbsolute(inside)) return send(res, 403, 'text/plain', 'Forbidden')
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return send(res, 404, 'text/plain', 'Not found')
    }
    if (file.endsWith('index.html')) {
      const html = body.toString('utf8').replace('<head>', '<head>\n    <script src="/__bridge/bridge.js"></script>')
      return send(res, 200, mime['.html'], html)
    }
    send(res, 200, mime[extname(file)] ?? 'application/octet-stream', body)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin)
    const path = url.pathname
    // Loopback by name only (no DNS rebinding), then the secret, then every state-changing request from our own page.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Misdirected request')
    const offered = url.searchParams.get(BRIDGE_SECRET_QUERY)
    if (offered !== null && req.method === 'GET' && !path.startsWith('/__bridge/') && guard.matches(offered)) {
      // The printed link: keep the secret as a cookie and take it out of the address bar (and history).
      url.searchParams.delete(BRIDGE_SECRET_QUERY)
      res.writeHead(303, {
        location: `${url.pathname}${url.search}`,
        'set-cookie': guard.setCookie(),
        'cache-control': 'no-store',
      })
      return res.end()
    }
    if (!guard.allows(req)) {
      if (path.startsWith('/__bridge/'))
        return send(res, 403, 'text/plain', 'Forbidden: open the link printed in the terminal')
      return send(res, 403, mime['.html'], OPEN_THE_PRINTED_LINK)
    }
    if (req.method !== 'GET' && req.headers.origin !== undefined && req.headers.origin !== origin) {
      return send(res, 403, 'text/plain', 'Forbidden')
    }
    if (path.startsWith('/__bridge/invoke/') && req.method === 'POST') {
      // Main's sender check for IPC needs the page; only our own origin may call, and browsers always send Origin.
      if (req.headers.origin !== origin) return send(res, 403, 'text/plain', 'Forbidden')
      const body = JSON.parse((await readBody(req)) || '{}') as { input?: unknown }
      const channel = decodeURIComponent(path.slice('/__bridge/invoke/'.length))
      const page = String(req.headers['x-thordata-page'] ?? '')
      const result = await core.dispatch(channel, body.input, { url: page })
      return send(res, 200, 'application/json', JSON.stringify(result))
    }
    if (path === '/__bridge/bridge.js') return send(res, 200, mime['.js'], await bridgeClientScript())
    if (path === '/__bridge/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      res.write(': connected\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
      return
    }
    if (testRoutes && path === '/__bridge/state') {
      return send(
        res,
        200,
        'application/json',
        JSON.stringify({
          ...record,
          remote: remote.origin,
          demo: core.demoSimulator()?.origin ?? null,
          account: BRIDGE_ACCOUNT,
        }),
      )
    }
    if (testRoutes && path === '/__bridge/updater') {
      if (req.method === 'POST') updater.setScript(JSON.parse(await readBody(req)) as UpdaterScript)
      return send(res, 200, 'application/json', JSON.stringify(updater.counts))
    }
    if (testRoutes && path === '/__bridge/restart' && req.method === 'POST') {
      await core.stop()
      await startCore()
      return send(res, 200, 'application/json', '{"ok":true}')
    }
    if (testRoutes && path === '/__bridge/reset' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as { keychain?: KeychainChoice }
      await shutdownCore()
      remote.reset()
      keychain = body.keychain ?? options.keychain ?? 'os'
      await boot()
      return send(res, 200, 'application/json', '{"ok":true}')
    }
    if (path.startsWith('/__bridge/')) return send(res, 404, 'text/plain', 'Not found')
    return serveRenderer(res, path)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      log.error('bridge request failed', error)
      if (!res.headersSent) send(res, 500, 'text/plain', 'Bridge error')
    })
  })
  // Bundle the page's bridge now (nothing to undo if it fails), so a broken client fails the start, not a page load.
  await bridgeClientScript()
  // Listen first: a taken port must fail before anything else has started.
  const port = await listenOnLoopback(server, options.port ?? 0, options.portFallback === true)
  origin = `http://127.0.0.1:${port}`
  const guard = createGuard(secret, port)
  const remote: Simulator = await startSimulator({ credentials: { ...BRIDGE_ACCOUNT }, control: testRoutes })
  await boot()

  return {
    origin,
    /** The link to open: carries the secret once; the page then keeps it as a cookie. */
    url: `${origin}/?${BRIDGE_SECRET_QUERY}=${secret}`,
    secret,
    /** For a browser context that should skip the link: the cookie the link would have set. */
    cookie: { ...guard.cookie, url: origin },
    /** The current profile folder (settings.json); a reset makes a new one. */
    profileDir: () => userDataDir,
    remote,
    demoCredentials: DEMO_CREDENTIALS,
    async close() {
      for (const stream of streams) stream.end()
      await shutdownCore()
      await remote.close()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-security-policy': `${CONTENT_SECURITY_POLICY}; ${FRAME_POLICY}`,
    'x-content-type-options': 'nosniff',
  })
  res.end(body)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, reject) => {
    let data = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => {
      data += chunk
      if (data.length > 2_000_000) req.destroy()
    })
    req.on('end', () => done(data))
    req.on('error', reject)
  })
}
