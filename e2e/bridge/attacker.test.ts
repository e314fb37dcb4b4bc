import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator } from '../../src/main/simulator'
import { BRIDGE_SECRET_HEADER } from './secret'
import { BRIDGE_ACCOUNT, startBridgeServer } from './server'

/**
 * The local attacker: another process on this machine replays the security review's requests against a running
 * preview with node:http (no browser, so it forges Host and Origin at will). Without this launch's secret each one is
 * refused, and afterwards nothing has changed.
 */
type Bridge = Awaited<ReturnType<typeof startBridgeServer>>
interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function raw(base: string, method: string, path: string, headers: Record<string, string> = {}, body = '') {
  return new Promise<Reply>((done, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => {
        text += chunk
        // An event stream never ends: what arrived with the headers is enough.
        if (res.headers['content-type'] === 'text/event-stream') res.destroy()
      })
      const finish = () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text })
      res.on('end', finish)
      res.on('close', finish)
    })
    req.on('error', reject)
    req.end(body)
  })
}

let renderer: string
let bridge: Bridge
let decoy: Server
const decoyHits: string[] = []
let decoyApi = ''

const host = () => new URL(bridge.origin).host
const forged = () => ({ host: host(), origin: bridge.origin, 'content-type': 'application/json' })
const withSecret = () => ({ ...forged(), [BRIDGE_SECRET_HEADER]: bridge.secret })
const invoke = (channel: string, input: unknown, headers: Record<string, string>) =>
  raw(
    bridge.origin,
    'POST',
    `/__bridge/invoke/${channel}`,
    { ...headers, 'x-thordata-page': `${bridge.origin}/` },
    JSON.stringify({ input }),
  )

/** The review's sequence, exactly as curl sent it: right Host, forged Origin, no secret. */
const attacks = () => [
  {
    name: 'read the clipboard and stand-in account',
    send: () => raw(bridge.origin, 'GET', '/__bridge/state', forged()),
  },
  {
    name: 'list proxy users with their passwords',
    send: () => invoke('proxyUsers.list', { product: 'residential' }, forged()),
  },
  {
    name: 'point the API at a listening port',
    send: () => invoke('settings.update', { apiBaseUrl: decoyApi }, forged()),
  },
  { name: 'bare POST /__bridge/reset', send: () => raw(bridge.origin, 'POST', '/__bridge/reset') },
  {
    name: 'sign out through reset with a forged Origin',
    send: () => raw(bridge.origin, 'POST', '/__bridge/reset', forged(), '{}'),
  },
  { name: 'restart the core', send: () => raw(bridge.origin, 'POST', '/__bridge/restart', forged()) },
  { name: 'listen to the events', send: () => raw(bridge.origin, 'GET', '/__bridge/events', forged()) },
  { name: 'load the bridge script', send: () => raw(bridge.origin, 'GET', '/__bridge/bridge.js', forged()) },
  {
    name: 'a wrong secret in the header',
    send: () => raw(bridge.origin, 'GET', '/__bridge/state', { ...forged(), [BRIDGE_SECRET_HEADER]: 'f'.repeat(64) }),
  },
  {
    name: 'a wrong secret in the cookie',
    send: () =>
      raw(bridge.origin, 'GET', '/__bridge/state', { ...forged(), cookie: `${bridge.cookie.name}=${'0'.repeat(64)}` }),
  },
]

beforeAll(async () => {
  renderer = await mkdtemp(join(tmpdir(), 'thordata-attacker-renderer-'))
  await mkdir(join(renderer, 'assets'))
  await writeFile(join(renderer, 'index.html'), '<!doctype html><html><head></head><body>app</body></html>')
  decoy = createServer((req, res) => {
    decoyHits.push(`${req.method} ${req.url}`)
    res.end('{}')
  })
  await new Promise<void>((done) => decoy.listen(0, '127.0.0.1', done))
  decoyApi = `http://127.0.0.1:${(decoy.address() as AddressInfo).port}/api`
  bridge = await startBridgeServer({ keychain: 'unavailable', rendererDir: renderer, testRoutes: true })
  const connected = await invoke('session.connect', { ...BRIDGE_ACCOUNT, sessionOnly: true }, withSecret())
  expect(JSON.parse(connected.body)).toMatchObject({ ok: true, value: { mode: 'account' } })
})

afterAll(async () => {
  await bridge?.close()
  await new Promise<void>((done) => decoy.close(() => done()))
  await rm(renderer, { recursive: true, force: true })
})

describe('the local attacker, without the secret', () => {
  it('is refused every request of the review, and nothing changes', async () => {
    const settingsFile = join(bridge.profileDir(), 'settings.json')
    const settingsBefore = await readFile(settingsFile, 'utf8')
    const sessionBefore = JSON.parse((await invoke('session.get', undefined, withSecret())).body)
    expect(sessionBefore).toMatchObject({
      ok: true,
      value: { mode: 'account', accountName: BRIDGE_ACCOUNT.accountName },
    })

    for (const attack of attacks()) {
      const reply = await attack.send()
      expect({ attack: attack.name, status: reply.status }).toEqual({ attack: attack.name, status: 403 })
      expect(reply.body).not.toContain(BRIDGE_ACCOUNT.token)
      expect(reply.body).not.toContain(bridge.secret)
    }

    expect(await readFile(settingsFile, 'utf8')).toBe(settingsBefore)
    expect(bridge.profileDir()).toBe(join(settingsFile, '..'))
    expect(JSON.parse((await invoke('session.get', undefined, withSecret())).body)).toEqual(sessionBefore)
    // The next real call still goes to the configured API, not to the attacker's port.
    expect(JSON.parse((await invoke('account.walletBalance', undefined, withSecret())).body)).toMatchObject({
      ok: true,
    })
    expect(decoyHits).toEqual([])
    // The same requests were well-formed: with the secret added (and nothing else), the read-only ones answer.
    expect((await raw(bridge.origin, 'GET', '/__bridge/state', withSecret())).status).toBe(200)
    const users = await invoke('proxyUsers.list', { product: 'residential' }, withSecret())
    expect(JSON.parse(users.body)).toMatchObject({ ok: true })
  })

  it('gets a page that says to open the printed link, never the app', async () => {
    for (const path of ['/', '/index.html', `/?secret=${'a'.repeat(64)}`]) {
      const reply = await raw(bridge.origin, 'GET', path, { host: host() })
      expect(reply.status).toBe(403)
      expect(reply.body).toContain('Open the link printed in the terminal')
      expect(reply.headers['set-cookie']).toBeUndefined()
    }
  })

  it('is refused invoke with the secret too, when the Origin is another page or missing', async () => {
    const secret = { [BRIDGE_SECRET_HEADER]: bridge.secret, 'content-type': 'application/json', host: host() }
    for (const headers of [{ ...secret, origin: 'http://127.0.0.1:8080' }, { ...secret, origin: 'null' }, secret]) {
      expect((await invoke('settings.update', { apiBaseUrl: decoyApi }, headers)).status).toBe(403)
    }
    const dnsRebound = await raw(bridge.origin, 'GET', '/__bridge/state', {
      ...withSecret(),
      host: `evil.example:${new URL(bridge.origin).port}`,
    })
    expect(dnsRebound.status).toBe(421)
    expect(JSON.parse((await invoke('settings.get', undefined, withSecret())).body).value.apiBaseUrl).not.toBe(decoyApi)
  })

  it("cannot reach the simulators' controls: another page's Origin or a wrong Host is refused", async () => {
    const port = new URL(bridge.remote.origin).port
    const patch = JSON.stringify({ walletBalance: 0 })
    const json = { 'content-type': 'application/json' }
    const asPage = { ...json, host: `127.0.0.1:${port}`, origin: bridge.origin }
    expect((await raw(bridge.remote.origin, 'PATCH', '/__control/state', asPage, patch)).status).toBe(403)
    expect((await raw(bridge.remote.origin, 'POST', '/__control/reset', asPage)).status).toBe(403)
    expect(
      (await raw(bridge.remote.origin, 'GET', '/__control/state', { host: `rebind.example:${port}` })).status,
    ).toBe(421)
    expect(bridge.remote.state.walletBalance).not.toBe(0)
  })
})

describe('the person with the printed link', () => {
  it('trades the secret for an HttpOnly, SameSite=Strict cookie and a clean address', async () => {
    const link = new URL(bridge.url)
    const reply = await raw(bridge.origin, 'GET', `${link.pathname}${link.search}`, { host: host() })
    expect(reply.status).toBe(303)
    expect(reply.headers.location).toBe('/')
    const cookie = String(reply.headers['set-cookie'])
    expect(cookie).toContain(`${bridge.cookie.name}=${bridge.secret}`)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const asBrowser = { host: host(), cookie: cookie.split(';')[0] }
    const page = await raw(bridge.origin, 'GET', '/', asBrowser)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<script src="/__bridge/bridge.js"></script>')
    expect((await raw(bridge.origin, 'GET', '/__bridge/bridge.js', asBrowser)).status).toBe(200)
    const deep = await raw(bridge.origin, 'GET', `/index.html?tab=settings&secret=${bridge.secret}`, { host: host() })
    expect(deep.headers.location).toBe('/index.html?tab=settings')
  })
})

describe('a preview started without test routes', () => {
  it('answers 404 on state, reset and restart even with the secret, and its simulators serve no controls', async () => {
    const preview = await startBridgeServer({ keychain: 'unavailable', rendererDir: renderer })
    try {
      const headers = {
        host: new URL(preview.origin).host,
        origin: preview.origin,
        [BRIDGE_SECRET_HEADER]: preview.secret,
      }
      expect((await raw(preview.origin, 'GET', '/__bridge/state', headers)).status).toBe(404)
      expect((await raw(preview.origin, 'POST', '/__bridge/reset', headers, '{}')).status).toBe(404)
      expect((await raw(preview.origin, 'POST', '/__bridge/restart', headers)).status).toBe(404)
      expect((await raw(preview.origin, 'GET', '/__bridge/state', { host: headers.host })).status).toBe(403)
      expect((await fetch(`${preview.remote.origin}/__control/state`)).status).toBe(404)
    } finally {
      await preview.close()
    }
  })

  it('the simulator is off by default: /__control is 404 unless started with control: true', async () => {
    const off = await startSimulator({ control: false })
    try {
      expect((await fetch(`${off.origin}/__control/state`)).status).toBe(404)
      expect((await fetch(`${off.origin}/__control/reset`, { method: 'POST' })).status).toBe(404)
    } finally {
      await off.close()
    }
  })
})
