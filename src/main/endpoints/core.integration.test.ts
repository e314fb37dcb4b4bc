import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ProxyTestResult } from '@shared/domain/proxy-test'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Core, createCore } from '../core/create-core'
import { createNodePorts, type PortRecord } from '../core/node-ports'
import { createMemoryLogger } from '../log/logger'
import type { Simulator } from '../simulator'

/** The generator and the tester inside the real core, in demo mode: its simulator's users, proxy and echo. */
const page = { url: 'app://renderer/index.html' }
const endpoint = { product: 'residential', username: 'pricebot', protocol: 'http', country: 'br', sessionId: 'z9' }

let dir: string
let record: PortRecord
let core: Core
let log: ReturnType<typeof createMemoryLogger>

const call = (channel: string, input?: unknown) => core.dispatch(channel, input, page)
const demoPassword = () => {
  const sim = core.demoSimulator() as Simulator
  return sim.state.proxyUsers[1].find((u) => u.username === 'pricebot')?.password ?? ''
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thordata-endpoints-'))
  record = { clipboard: null, opened: [] }
  log = createMemoryLogger()
  core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', record, 'tests'),
    trust: (url) => url === page.url,
    log,
  })
  await core.start()
  await call('session.startDemo')
})

afterEach(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('endpoints in the core (demo mode)', () => {
  it('copies the endpoint with the password through the clipboard port, and the reply carries no password', async () => {
    const reply = await call('endpoints.copy', { endpoint, format: 'hostPortUserPass' })
    expect(reply).toEqual({ ok: true, value: undefined })
    expect(record.clipboard).toBe(`pr.thordata.net:9999:td-customer-pricebot-country-br-sessid-z9:${demoPassword()}`)
  })

  it('refuses a bad input on its field and copies nothing', async () => {
    const reply = await call('endpoints.copy', {
      endpoint: { ...endpoint, sessionId: undefined, sessionMinutes: 5 },
      format: 'url',
    })
    expect(reply).toMatchObject({ ok: false, error: { kind: 'validation', field: 'endpoint.sessionMinutes' } })
    expect(record.clipboard).toBeNull()
  })

  it('tests through the simulator proxy, and the password is in no reply or log line', async () => {
    const reply = (await call('proxy.test', { kind: 'endpoint', endpoint })) as Result<ProxyTestResult>
    expect(reply).toMatchObject({ ok: true, value: { country: 'BR', simulated: true } })
    const wrong = await call('proxy.test', {
      kind: 'entry',
      entry: { product: 'residential', host: '203.0.113.5', port: 8000 },
    })
    expect(wrong).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not whitelisted/) } })
    const everything = JSON.stringify([reply, wrong, log.lines])
    expect(everything).not.toContain(demoPassword())
  })

  it('an endpoint preset is copied by the presets service (tray, global shortcut) with the password filled in', async () => {
    const saved = await call('presets.save', {
      kind: 'endpoint',
      name: 'BR sticky',
      input: endpoint,
      format: 'url',
      makeDefault: true,
    })
    expect(saved.ok).toBe(true)
    expect(await core.presets.copy()).toEqual({ kind: 'endpoint', name: 'BR sticky' })
    expect(record.clipboard).toBe(
      `http://td-customer-pricebot-country-br-sessid-z9:${demoPassword()}@pr.thordata.net:9999`,
    )
  })
})
