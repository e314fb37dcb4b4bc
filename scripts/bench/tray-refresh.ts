import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/create-core'
import { createNodePorts } from '../../src/main/core/node-ports'
import { createMemoryLogger } from '../../src/main/log/logger'
import type { Simulator } from '../../src/main/simulator'

/**
 * Thordata requests per tray refresh with the Account tab open: the real core (handlers, client, tray source) in
 * plain Node, in demo mode against its simulator, whose request log is the count. The window is a stand-in that
 * reacts to main's events the way the renderer does (src/renderer/src/lib/events.ts): an invalidation of account
 * data refetches what the Account tab shows. A push that carries fresh values (issue 7) costs no request. Keep
 * `windowReaction` in step with the renderer; the renderer's own Vitest test is the proof, this is the figure.
 */
const page = { url: 'app://renderer/index.html' }

/** What the Account tab asks main for while it is open. */
const accountTab: Array<[channel: string, input?: unknown]> = [
  ['account.trafficBalance'],
  ['account.walletBalance'],
  ['account.usage', usageRange()],
]

function usageRange() {
  const to = new Date()
  const from = new Date(to.getTime() - 29 * 86_400_000)
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }
}

/** The channels the open Account tab refetches after main's event `name`. */
function windowReaction(name: string, payload: unknown): string[] {
  if (name !== 'data.invalidate') return []
  const scope = (payload as { scope?: string } | null)?.scope
  return scope === 'account' || scope === 'all' ? accountTab.map(([channel]) => channel) : []
}

async function idle(sim: Simulator, quietMs = 150) {
  let seen = -1
  while (sim.requests().length !== seen) {
    seen = sim.requests().length
    await new Promise((done) => setTimeout(done, quietMs))
  }
}

export async function measureTrayRefresh(refreshes = 3) {
  const dir = await mkdtemp(join(tmpdir(), 'thordata-bench-'))
  const core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', { clipboard: null, opened: [] }, 'bench'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
    keychainService: `Thordata Desktop (bench ${process.pid})`,
  })
  const pending: Promise<unknown>[] = []
  try {
    await core.start()
    const demo = await core.dispatch('session.startDemo', undefined, page)
    if (!demo.ok) throw new Error(`Demo mode did not start: ${demo.error.message}`)
    const sim = core.demoSimulator() as Simulator
    const unsubscribe = core.subscribe((name, payload) => {
      for (const channel of windowReaction(name, payload)) {
        const input = accountTab.find(([c]) => c === channel)?.[1]
        pending.push(core.dispatch(channel, input, page))
      }
    })
    // The tab opens and loads; the tray's first poll lands too.
    await Promise.all(accountTab.map(([channel, input]) => core.dispatch(channel, input, page)))
    await idle(sim)

    const counts: number[] = []
    for (let i = 0; i < refreshes; i++) {
      sim.clearRequests()
      await core.tray.refresh()
      await Promise.all(pending.splice(0))
      await idle(sim)
      counts.push(sim.requests().length)
    }
    unsubscribe()
    return { requests: Math.max(...counts), counts, paths: sim.requests().map((r) => `${r.method} ${r.path}`) }
  } finally {
    await Promise.allSettled(pending)
    await core.dispatch('session.signOut', undefined, page).catch(() => undefined)
    await core.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
