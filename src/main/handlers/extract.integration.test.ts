import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ExtractTestResult } from '@shared/domain/extract'
import type { SessionInfo } from '@shared/domain/session'
import type { UnlimitedServerList } from '@shared/domain/unlimited'
import { buildExtractUrl } from '@shared/extract-url'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Core, createCore } from '../core/create-core'
import { createNodePorts, type PortRecord } from '../core/node-ports'
import { createMemoryLogger } from '../log/logger'
import { createHandedOut } from '../proxy-test/handed-out'
import { type Simulator, startSimulator } from '../simulator'
import { simClientPerTest } from '../thordata/testing/sim-client'
import { extractHandlers } from './extract'

/** The real core against a simulator playing Thordata, extract host included; credentials kept for the session only. */
const page = { url: 'app://renderer/index.html' }
const account = { token: 'tok-5d1e7a9c3b2f4e60', key: 'key-0c9b8a7d', accountName: 'acme_links' }
const residential = { product: 'residential', session: 'rotating', count: 4, country: 'us' } as const

let remote: Simulator
let dir: string
let record: PortRecord
let core: Core
const sessions: SessionInfo[] = []

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const result = (await core.dispatch(channel, input, page)) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

const connect = (accountName: string) =>
  call<SessionInfo>('session.connect', { token: account.token, key: account.key, accountName, sessionOnly: true })

beforeEach(async () => {
  remote = await startSimulator({ credentials: account })
  dir = await mkdtemp(join(tmpdir(), 'thordata-extract-'))
  record = { clipboard: null, opened: [] }
  const settings = { apiBaseUrl: remote.apiBaseUrl, fallbackApiBaseUrl: '', extractBaseUrl: remote.extractBaseUrl }
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, mode: 'none', settings }))
  core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', record, 'tests'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
  })
  await core.start()
  sessions.length = 0
  core.subscribe((name, payload) => {
    if (name === 'session.changed') sessions.push(payload as SessionInfo)
  })
})

afterEach(async () => {
  await core.dispatch('session.signOut', undefined, page)
  await core.stop()
  await remote.close()
  await rm(dir, { recursive: true, force: true })
})

describe('extract links against the simulator', () => {
  it('a wrong account name: 118 marks it for Settings and the header until the name changes', async () => {
    await connect('acme_typo')
    const first = await call<ExtractTestResult>('extract.test', residential)
    expect(first).toMatchObject({ outcome: 'refused', code: 118, ip: null })
    expect((await call<SessionInfo>('session.get')).accountNameRejected).toBe(true)
    expect(sessions.at(-1)?.accountNameRejected).toBe(true)

    // The right name clears it; the link then meets the whitelist, which names the IP to add.
    const fixed = await connect(account.accountName)
    expect(fixed.accountNameRejected).toBeUndefined()
    const blocked = await call<ExtractTestResult>('extract.test', residential)
    expect(blocked).toMatchObject({ outcome: 'refused', code: 117, ip: remote.state.publicIp })
    expect(blocked.outcome === 'refused' && blocked.message).toContain(remote.state.publicIp)

    await call('whitelist.add', { product: 'residential', ip: remote.state.publicIp, enabled: true })
    const listed = await call<ExtractTestResult>('extract.test', residential)
    expect(listed.outcome).toBe('ok')
    if (listed.outcome !== 'ok') return
    expect(listed.proxies).toHaveLength(4)
    for (const proxy of listed.proxies) expect(proxy.port).toBeGreaterThan(0)
  })

  it('copy builds the link in main from the fields; a URL sent along is ignored', async () => {
    await connect(account.accountName)
    await call('extract.copy', { ...residential, url: 'https://evil.example/steal' })
    expect(record.clipboard).toBe(buildExtractUrl(remote.extractBaseUrl, account.accountName, residential))
    expect(record.clipboard).toBe(`${remote.extractBaseUrl}/api?td-customer=acme_links&sesstype=2&number=4&country=us`)
    const target = await call<{ baseUrl: string; accountName: string }>('extract.target')
    expect(target).toEqual({ baseUrl: remote.extractBaseUrl, accountName: account.accountName })
  })

  it('refuses a form the docs do not allow, with the field, and copies nothing', async () => {
    await connect(account.accountName)
    const result = await core.dispatch('extract.copy', { ...residential, count: 0 }, page)
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', field: 'count' } })
    const noCountry = await core.dispatch('extract.test', { product: 'residential', session: 'sticky', count: 1 }, page)
    expect(noCountry).toMatchObject({ ok: false, error: { field: 'country' } })
    expect(record.clipboard).toBeNull()
  })

  it('114 when nothing matches, 121 for an expired server, and the server list for the builder', async () => {
    await connect(account.accountName)
    await call('whitelist.add', { product: 'residential', ip: remote.state.publicIp, enabled: true })
    expect(await call<ExtractTestResult>('extract.test', { ...residential, country: 'zz' })).toMatchObject({
      outcome: 'refused',
      code: 114,
    })

    const { servers } = await call<UnlimitedServerList>('unlimited.servers')
    expect(servers.length).toBe(remote.state.servers.length)
    const server = servers[0].planName.split('.')[0]
    const unlimited = { product: 'unlimited', session: 'sticky', count: 2, server } as const
    const ok = await call<ExtractTestResult>('extract.test', unlimited)
    expect(ok.outcome).toBe('ok')
    remote.state.servers[0].expiresAt = Date.now() - 1000
    remote.state.lastExtractAt.unlimited = null
    expect(await call<ExtractTestResult>('extract.test', unlimited)).toMatchObject({ outcome: 'refused', code: 121 })
  })
})

describe('extract.test on its own', () => {
  const setup = simClientPerTest()

  it('says 111 when asked again within 2 seconds (with no retry of its own), then lists again after the wait', async () => {
    const { client, sim, advance } = await setup(() => ({ maxGetRetries: 0 }))
    sim.state.whitelist[1].push({ ip: sim.state.publicIp, enabled: true, createdOn: '2025-06-01' })
    const notes: [string, boolean][] = []
    const handlers = extractHandlers({
      client,
      session: { noteAccountName: (name, accepted) => void notes.push([name, accepted]) },
      clipboard: { writeText: () => undefined },
      handedOut: createHandedOut(),
    })
    const input = { ...residential, count: 2 }
    expect((await handlers['extract.test'](input)).outcome).toBe('ok')
    expect(await handlers['extract.test'](input)).toMatchObject({ outcome: 'refused', code: 111 })
    advance(2000)
    expect((await handlers['extract.test'](input)).outcome).toBe('ok')
    // A working link says the account name is right; a 111 says nothing about it.
    expect(notes.every(([, accepted]) => accepted)).toBe(true)
    expect(notes).toHaveLength(2)
  })
})
