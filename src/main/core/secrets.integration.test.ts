import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isAppError } from '@shared/errors'
import { type Channel, channels } from '@shared/ipc/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findSecrets } from '../../../scripts/secrets/forms'
import { createMemoryLogger, liveSecretCount, redact } from '../log/logger'
import { type Simulator, startSimulator } from '../simulator'
import { type Core, createCore } from './create-core'
import { createNodePorts, type PortRecord } from './node-ports'

/**
 * The proof "Secrets": the real core, driven through `dispatch` over every channel and flow (connect, a wrong key
 * and token, every read and write, faults, sign-out, reconnect, demo), against a simulator that knows only a
 * distinctive token and key. Every reply, event, log line, error message, recorded OS call and file in the
 * user-data folder is then searched for them, raw or encoded. Built bundles: scripts/secrets/check-bundle.ts.
 */
const account = { token: 'tokSECRET9f3a7c2e51b8d604', key: 'keySECRET+4d/e8=a1c7', accountName: 'acme_secrets' }
const secrets = { token: account.token, key: account.key }
const page = { url: 'app://renderer/index.html' }
const range = { from: '2026-10-01', to: '2026-10-20' }

/** A reasonable input per channel, so each call reaches its handler and the API; others still get `{}`. */
const inputs: Partial<Record<Channel, unknown[]>> = {
  'account.usage': [range],
  'locations.countries': [{ product: 'residential' }],
  'locations.states': [{ product: 'residential', countryCode: 'US' }],
  'locations.cities': [{ product: 'residential', countryCode: 'US' }],
  'locations.asns': [{ product: 'residential', countryCode: 'US' }],
  'proxyUsers.list': [{ product: 'residential' }],
  'proxyUsers.create': [
    { product: 'residential', username: 'secret01', password: 'Pw123456', trafficLimitBytes: 0, enabled: true },
  ],
  'proxyUsers.update': [
    {
      product: 'residential',
      username: 'secret01',
      next: { username: 'secret01', password: 'Pw654321', trafficLimitBytes: 0, enabled: false },
    },
  ],
  'proxyUsers.usage': [{ product: 'residential', username: 'secret01', ...range }],
  'proxyUsers.delete': [{ product: 'residential', username: 'secret01' }],
  'whitelist.list': [{ product: 'residential' }],
  'whitelist.add': [{ product: 'residential', ip: '198.51.100.23' }],
  'whitelist.addMany': [{ product: 'residential', ips: ['198.51.100.24', '198.51.100.25', 'not-an-ip'] }],
  'whitelist.cancelBatch': [{ batchId: 'no-such-batch' }],
  'whitelist.delete': [{ product: 'residential', ip: '198.51.100.23' }],
  'settings.update': [{ lowBalanceGb: 3 }],
  'app.copyText': [{ text: 'https://dashboard.thordata.com/' }],
  'app.openExternal': [{ url: 'https://dashboard.thordata.com/' }],
}
/** Channels that end the session or the settings under test: each flow below calls them on purpose. */
const flowChannels = new Set<Channel>(['session.connect', 'session.signOut', 'session.startDemo', 'settings.reset'])

let remote: Simulator
let dir: string
let core: Core
const log = createMemoryLogger('secrets')
const seen: Array<{ where: string; text: string }> = []
const errorMessages: string[] = []
const record: PortRecord = { clipboard: null, opened: [] }
/** Set to make the next API answer an error whose msg echoes the credentials (a hostile or careless server). */
let echo: { code: number; msg: string } | null = null
const offMachine: string[] = []

async function call(channel: string, input?: unknown) {
  const result = await core.dispatch(channel, input, page)
  const text = JSON.stringify(result)
  seen.push({ where: `reply to ${channel} ${JSON.stringify(input) ?? ''}`, text })
  if (!result.ok && isAppError(result.error)) errorMessages.push(result.error.message)
  return result
}

/** Every channel once, with its input (or `{}` for a channel added after this test was written). */
async function everyChannel() {
  for (const channel of channels) {
    if (flowChannels.has(channel) || channel === 'updater.install') continue
    for (const input of inputs[channel] ?? [undefined]) await call(channel, input)
  }
  await call('updater.install')
}

const fetchThroughWitness: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input))
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    offMachine.push(url.host)
    throw Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
    })
  }
  if (echo && url.pathname.includes('/api/')) {
    const body = JSON.stringify({ code: echo.code, data: null, msg: echo.msg })
    echo = null
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
  }
  return fetch(input, init)
}

async function filesUnder(folder: string): Promise<Array<{ where: string; text: string }>> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
  return Promise.all(files.map(async (file) => ({ where: file, text: (await readFile(file)).toString('latin1') })))
}

beforeAll(async () => {
  remote = await startSimulator({ credentials: account })
  dir = await mkdtemp(join(tmpdir(), 'thordata-secrets-'))
  await writeFile(
    join(dir, 'settings.json'),
    JSON.stringify({
      version: 1,
      mode: 'none',
      settings: {
        apiBaseUrl: remote.apiBaseUrl,
        fallbackApiBaseUrl: remote.altApiBaseUrl,
        publicIpUrl: remote.publicIpUrl,
      },
    }),
  )
  core = createCore({
    userDataDir: dir,
    // No keychain: the refusal path runs, and nothing of the test reaches a real keychain.
    ports: createNodePorts('unavailable', record, 'tests'),
    trust: (url) => url === page.url,
    log,
    fetch: fetchThroughWitness,
  })
  core.subscribe((name, payload) => seen.push({ where: `event ${name}`, text: JSON.stringify(payload) }))
  await core.start()
})

afterAll(async () => {
  await core?.stop()
  await remote?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('secrets', () => {
  it('never show up anywhere, raw or encoded, across every flow', { timeout: 60_000 }, async () => {
    await call('session.get')
    // Refused credentials: the real token with a wrong key, then a wrong token with the real key.
    expect(await call('session.connect', { ...account, key: 'keyWRONG0000' })).toMatchObject({ ok: false })
    expect(await call('session.connect', { ...account, token: 'tokWRONG0000' })).toMatchObject({ ok: false })
    // What a refused connect typed is not masked in later lines, so a word like "account" keeps its meaning.
    expect(redact('keyWRONG0000 tokWRONG0000')).toBe('keyWRONG0000 tokWRONG0000')
    expect(liveSecretCount()).toBe(0)
    expect(await call('session.connect', account)).toMatchObject({ ok: false, error: { kind: 'keychain' } })
    expect(await call('session.connect', { ...account, sessionOnly: true })).toMatchObject({ ok: true })
    expect(await call('account.trafficBalance')).toMatchObject({ ok: true })

    await everyChannel()

    // Error paths: faults on reads and writes, and a server whose messages echo the credentials back.
    remote.faults.add({ kind: 'code', code: 10000, path: '/locations', times: 1 })
    await call('locations.countries', { product: 'unlimited' })
    remote.faults.add({ kind: 'http-error', status: 500, path: '/proxy-users', times: 1 })
    await call('proxyUsers.create', inputs['proxyUsers.create']?.[0])
    remote.faults.add({ kind: 'malformed', path: '/whitelist', times: 1 })
    await call('whitelist.add', { product: 'residential', ip: '198.51.100.30' })
    remote.faults.add({ kind: 'reset', path: '/proxy-users', times: 1 })
    await call('proxyUsers.delete', { product: 'residential', username: 'secret01' })
    remote.faults.add({ kind: 'redirect', status: 307, path: '/proxy-users', times: 1 })
    await call('proxyUsers.update', inputs['proxyUsers.update']?.[0])
    const encoded = [
      account.token,
      account.key.toUpperCase(),
      encodeURIComponent(account.key),
      Buffer.from(account.token).toString('base64'),
      Buffer.from(`acme:${account.key}`).toString('base64url'),
    ]
    for (const [code, channel, input] of [
      [10000, 'proxyUsers.list', { product: 'residential' }],
      [10001, 'account.usage', range],
      [77777, 'whitelist.delete', { product: 'residential', ip: '198.51.100.24' }],
    ] as const) {
      echo = { code, msg: `invalid value: token=${account.token} key ${encoded.join(' ')}` }
      expect(await call(channel, input)).toMatchObject({ ok: false })
    }
    // The user learns what Thordata said, with the credentials masked.
    expect(errorMessages.filter((m) => m.includes('invalid value: token=[redacted] key [redacted]'))).toHaveLength(3)

    // Settings, sign-out, reconnect, demo, sign-out again.
    await call('settings.update', { lowBalanceGb: 5, apiBaseUrl: remote.apiBaseUrl })
    await call('session.signOut')
    await call('account.walletBalance')
    expect(await call('session.connect', { ...account, sessionOnly: true })).toMatchObject({ ok: true })
    await everyChannel()
    await call('session.startDemo')
    await everyChannel()
    await call('session.signOut')
    await call('settings.reset')
    await core.stop()

    const files = await filesUnder(dir)
    expect(files.map((f) => f.where)).toContain(join(dir, 'settings.json'))
    const everything = [
      ...seen,
      ...files,
      { where: 'log', text: log.lines.join('\n') },
      { where: 'error messages', text: errorMessages.join('\n') },
      { where: 'clipboard and opened links', text: JSON.stringify(record) },
    ]
    const leaks = everything.flatMap(({ where, text }) => findSecrets(text, secrets, where))
    expect(leaks).toEqual([])

    // The run covered what it claims: every channel answered, the log and the errors are not empty.
    for (const channel of channels) expect(seen.some((s) => s.where.startsWith(`reply to ${channel} `))).toBe(true)
    expect(log.lines.length).toBeGreaterThan(50)
    expect(errorMessages.length).toBeGreaterThan(10)
    expect(offMachine).toEqual([])
    // Signed out: the redactor holds nothing any more.
    expect(liveSecretCount()).toBe(0)
  })
})
