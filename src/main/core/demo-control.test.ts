import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { type Core, createCore } from './create-core'
import { createNodePorts } from './node-ports'

const page = { url: 'app://renderer/index.html' }
let core: Core | undefined
let dir = ''

afterEach(async () => {
  await core?.stop()
  core = undefined
  await rm(dir, { recursive: true, force: true })
})

it('demo mode in the shipped app does not serve the simulator test controls', async () => {
  dir = await mkdtemp(join(tmpdir(), 'thordata-demo-control-'))
  // As src/main/index.ts builds it: no `demo` options.
  core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', { clipboard: null, opened: [] }, 'tests'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
  })
  await core.start()
  expect(await core.dispatch('session.startDemo', undefined, page)).toMatchObject({ ok: true })
  const origin = core.demoSimulator()?.origin
  expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  expect((await fetch(`${origin}/__control/state`)).status).toBe(404)
  expect((await fetch(`${origin}/__control/faults`, { method: 'POST', body: '{"kind":"reset"}' })).status).toBe(404)
  expect((await core.dispatch('account.trafficBalance', undefined, page)).ok).toBe(true)
})
