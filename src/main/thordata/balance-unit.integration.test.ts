import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TrafficBalance } from '@shared/domain/account'
import type { BalanceUnitStatus } from '@shared/domain/balance-unit'
import type { EventName } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Core, createCore } from '../core/create-core'
import { createNodePorts } from '../core/node-ports'
import { createMemoryLogger } from '../log/logger'
import { type Simulator, startSimulator } from '../simulator'

/**
 * The automatic balance unit through the real core: handlers, client, settings file and the finding's own file,
 * against a simulator over loopback HTTP whose balance endpoint answers in MB (the docs) or KB (the SDK spec).
 */
const page = { url: 'app://renderer/index.html' }
const account = { token: 'tok-77d1a0c4e9b25f83', key: 'key-5b0e2d91', accountName: 'unit_check' }
const range = { from: '2026-11-01', to: '2026-11-30' }

let remote: Simulator
let dir: string
const cores: Core[] = []

async function boot(): Promise<{ core: Core; events: EventName[] }> {
  const core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', { clipboard: null, opened: [] }, 'tests'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
  })
  await core.start()
  cores.push(core)
  const events: EventName[] = []
  core.subscribe((name, payload) => {
    if (name === 'data.invalidate' && (payload as { scope: string }).scope === 'account') events.push(name)
  })
  return { core, events }
}

async function call<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const result = (await core.dispatch(channel, input, page)) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

async function connected() {
  const booted = await boot()
  await call(booted.core, 'session.connect', { ...account, sessionOnly: true })
  return booted
}

const balance = async (core: Core) => (await call<TrafficBalance>(core, 'account.trafficBalance')).remainingBytes
const status = (core: Core) => call<BalanceUnitStatus>(core, 'account.balanceUnit')
const trueBytes = () => remote.state.trafficBalanceMb * 1024 ** 2

beforeEach(async () => {
  remote = await startSimulator({ credentials: account })
  dir = await mkdtemp(join(tmpdir(), 'thordata-unit-'))
  await writeFile(
    join(dir, 'settings.json'),
    JSON.stringify({ version: 1, mode: 'none', settings: { apiBaseUrl: remote.apiBaseUrl, fallbackApiBaseUrl: '' } }),
  )
})

afterEach(async () => {
  for (const core of cores.splice(0)) await core.stop()
  await remote.close()
  await rm(dir, { recursive: true, force: true })
})

describe('automatic balance unit', () => {
  it('is the default; finds MB against the documented simulator and keeps it on disk', async () => {
    const { core } = await connected()
    expect(await status(core)).toEqual({ setting: 'auto', applied: 'MB', source: 'documented', check: null })

    expect(await balance(core)).toBe(Math.round(trueBytes()))
    await call(core, 'account.usage', range)

    const found = await status(core)
    expect(found).toMatchObject({
      setting: 'auto',
      applied: 'MB',
      source: 'found',
      check: {
        verdict: 'match',
        unit: 'MB',
        balance: { value: remote.state.trafficBalanceMb },
        usage: { value: Math.round(remote.state.trafficBalanceMb * 1024 * 100) / 100, unit: 'KB' },
      },
    })
    await core.stop()
    const saved = JSON.parse(await readFile(join(dir, 'balance-unit.json'), 'utf8'))
    expect(saved.accounts.unit_check).toMatchObject({ unit: 'MB', check: { verdict: 'match' } })
    expect(JSON.stringify(saved)).not.toContain(account.token)
  })

  it('follows a balance endpoint that answers in KB, refreshes the figures, and starts right after a restart', async () => {
    remote.state.balanceEndpointUnit = 'KB'
    const { core, events } = await connected()
    // Before the check the documented MB shows the balance 1,024 times too large.
    expect(await balance(core)).toBeCloseTo(trueBytes() * 1024, -6)

    await call(core, 'account.usage', range)
    expect(await status(core)).toMatchObject({ applied: 'KB', source: 'found', check: { unit: 'KB' } })
    expect(events).toHaveLength(1)
    expect(await balance(core)).toBeCloseTo(trueBytes(), -3)
    // The same unit again changes nothing, so the refresh does not loop.
    await call(core, 'account.usage', range)
    expect(events).toHaveLength(1)

    await core.stop()
    const again = await connected()
    expect(await status(again.core)).toMatchObject({ applied: 'KB', source: 'found' })
    expect(await balance(again.core)).toBeCloseTo(trueBytes(), -3)
  })

  it('shows the balance in the found unit at once when the usage report came first', async () => {
    remote.state.balanceEndpointUnit = 'KB'
    const { core } = await connected()
    await call(core, 'account.usage', range)
    expect(await balance(core)).toBeCloseTo(trueBytes(), -3)
    expect(core.tray.view().menu[0].label).toMatch(/37\.4 GB/)
  })

  it('warns instead of guessing when no unit explains a later pair, and keeps the unit in use', async () => {
    const { core, events } = await connected()
    const mbBefore = remote.state.trafficBalanceMb
    await balance(core)
    remote.state.trafficBalanceMb *= 3 // a top-up lands between the two fetches
    await call(core, 'account.usage', range)

    // The tray's first poll at connect read a matching pair (MB); this one no unit explains, and MB stays.
    expect(await status(core)).toMatchObject({
      applied: 'MB',
      source: 'found',
      check: { verdict: 'mismatch', unit: null, balance: { value: mbBefore } },
    })
    // One for the match at connect, one for the warning.
    expect(events).toHaveLength(2)
    expect(await balance(core)).toBe(Math.round(trueBytes()))
  })

  it('keeps a found unit through a later disagreeing pair', async () => {
    remote.state.balanceEndpointUnit = 'KB'
    const { core } = await connected()
    await call(core, 'account.usage', range)
    await balance(core)
    remote.state.trafficBalanceMb /= 2
    await call(core, 'account.usage', range)
    expect(await status(core)).toMatchObject({ applied: 'KB', source: 'found', check: { verdict: 'mismatch' } })
    expect(await balance(core)).toBeCloseTo(trueBytes(), -3)
  })

  it('a unit set by hand wins, while the check still says what it saw', async () => {
    const { core } = await connected()
    await call(core, 'settings.update', { balanceUnit: 'KB' })
    expect(await balance(core)).toBeCloseTo(trueBytes() / 1024, -1)
    await call(core, 'account.usage', range)
    expect(await status(core)).toMatchObject({ setting: 'KB', applied: 'KB', source: 'manual', check: { unit: 'MB' } })
  })

  it('demo mode follows the docs and records nothing', async () => {
    const { core } = await boot()
    await call(core, 'session.startDemo')
    const demoMb = (core.demoSimulator() as Simulator).state.trafficBalanceMb
    expect(await balance(core)).toBe(Math.round(demoMb * 1024 ** 2))
    await call(core, 'account.usage', range)
    expect(await status(core)).toEqual({ setting: 'auto', applied: 'MB', source: 'demo', check: null })
    await core.stop()
    await expect(readFile(join(dir, 'balance-unit.json'), 'utf8')).rejects.toThrow(/ENOENT/)
  })
})
