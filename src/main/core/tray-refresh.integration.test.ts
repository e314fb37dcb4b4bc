import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TrafficBalance } from '@shared/domain/account'
import type { EventName, Events } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { type Simulator, startSimulator } from '../simulator'
import { type Core, createCore } from './create-core'
import { createNodePorts } from './node-ports'

const page = { url: 'app://renderer/index.html' }
const account = { token: 'tok-4c2a9e1f7b3d8a60', key: 'key-91e0c3b7', accountName: 'acme_scraping' }

let remote: Simulator
let dir: string
let core: Core

beforeEach(async () => {
  remote = await startSimulator({ credentials: account })
  dir = await mkdtemp(join(tmpdir(), 'thordata-tray-'))
  await writeFile(
    join(dir, 'settings.json'),
    JSON.stringify({
      version: 1,
      mode: 'none',
      settings: { apiBaseUrl: remote.apiBaseUrl, fallbackApiBaseUrl: '', extractBaseUrl: remote.extractBaseUrl },
    }),
  )
  core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', { clipboard: null, opened: [] }, 'tests'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
  })
  await core.start()
})

afterEach(async () => {
  await core.dispatch('session.signOut', undefined, page)
  await core.stop()
  await remote.close()
  await rm(dir, { recursive: true, force: true })
})

const balanceRequests = () => remote.requests().filter((request) => request.path.includes('traffic-balance')).length

/** The window as lib/events.ts wires it: a pushed balance is stored; an invalidation refetches the Account tab. */
function accountTabOpen() {
  const shown: TrafficBalance[] = []
  const pending: Promise<unknown>[] = []
  core.subscribe(<E extends EventName>(name: E, payload: Events[E]) => {
    if (name === 'account.trafficBalance') shown.push((payload as Events['account.trafficBalance']).value)
    if (name === 'data.invalidate') {
      pending.push(
        core.dispatch('account.trafficBalance', undefined, page).then((result) => {
          const answer = result as Result<TrafficBalance>
          if (answer.ok) shown.push(answer.value)
        }),
      )
    }
  })
  return { shown, settled: () => Promise.all(pending) }
}

describe('a tray refresh with the Account tab open', () => {
  it('costs one Thordata request, and the window shows the figure it fetched', async () => {
    await core.dispatch('session.connect', { ...account, sessionOnly: true }, page)
    // The tab's first load, then whatever the poller started with the session.
    await core.dispatch('account.trafficBalance', undefined, page)
    await new Promise((done) => setTimeout(done, 50))
    const window = accountTabOpen()
    const before = balanceRequests()

    await core.tray.refresh()
    await window.settled()

    expect(balanceRequests() - before).toBe(1)
    expect(window.shown).toHaveLength(1)
    expect(window.shown[0].remainingBytes).toBeGreaterThan(0)
  })

  it('answers the window from that figure when it asks right after', async () => {
    await core.dispatch('session.connect', { ...account, sessionOnly: true }, page)
    await new Promise((done) => setTimeout(done, 50))
    await core.tray.refresh()
    const before = balanceRequests()
    const again = (await core.dispatch('account.trafficBalance', undefined, page)) as Result<TrafficBalance>
    expect(again.ok).toBe(true)
    expect(balanceRequests()).toBe(before)
  })
})

describe('an account-name verdict', () => {
  it('reaches the window, but does not start the tray over (no new requests, no repeated alerts)', async () => {
    await core.dispatch('session.connect', { ...account, accountName: 'acme_typo', sessionOnly: true }, page)
    await new Promise((done) => setTimeout(done, 50))
    const changed: unknown[] = []
    core.subscribe((name, payload) => {
      if (name === 'session.changed') changed.push(payload)
    })
    const before = remote.requests().length

    const answer = (await core.dispatch(
      'extract.test',
      { product: 'residential', session: 'rotating', count: 1, country: 'us' },
      page,
    )) as Result<{ outcome: string; code?: number }>

    expect(answer).toMatchObject({ ok: true, value: { outcome: 'refused', code: 118 } })
    expect(changed).toEqual([expect.objectContaining({ accountNameRejected: true })])
    await new Promise((done) => setTimeout(done, 50))
    // Only the link itself was fetched: the tray did not poll the balance, wallet and usage again.
    expect(
      remote
        .requests()
        .slice(before)
        .map((request) => request.path),
    ).toEqual([expect.stringContaining('/api')])
  })
})
