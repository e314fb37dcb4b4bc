import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../src/main/core/create-core'
import { createNodePorts } from '../../src/main/core/node-ports'
import { forecastRange } from '../../src/main/core/tray-source'
import { createMemoryLogger } from '../../src/main/log/logger'
import type { Simulator } from '../../src/main/simulator'
import type { PollerTimers } from '../../src/main/tray/balance-poller'

/**
 * Thordata requests per simulated hour: the real core in demo mode, its tray polling at the default interval on a
 * simulated clock (the poller's timers and main's `now`), the simulator's request log as the count. "With the
 * Account tab open" adds a window that behaves as the renderer does: it stores every value main pushes under its
 * query key (src/renderer/src/lib/events.ts), asks main for a read only when its cache holds no value younger than
 * the query client's staleTime (src/renderer/src/lib/queries.ts), and refetches on an invalidation. The tab opens
 * as the demo starts, as it does at launch.
 */
const page = { url: 'app://renderer/index.html' }
const HOUR_MS = 60 * 60_000
/** The renderer's `staleTime` for every query. */
const STALE_MS = 60_000

/** A clock that moves only when told to, and the timers that run on it. */
function simulatedClock(start: number) {
  let now = start
  let nextId = 1
  const due = new Map<number, { at: number; run: () => void }>()
  const timers: PollerTimers = {
    setTimeout(run, ms) {
      const id = nextId++
      due.set(id, { at: now + ms, run })
      return id
    },
    clearTimeout: (handle) => void due.delete(handle as number),
  }
  return {
    timers,
    now: () => new Date(now),
    /** The earliest timer due by `until`, taken off the list with the clock moved to it; null when none is. */
    next(until: number): (() => void) | null {
      let found: [number, { at: number; run: () => void }] | null = null
      for (const entry of due) if (entry[1].at <= until && (!found || entry[1].at < found[1].at)) found = entry
      if (!found) return null
      due.delete(found[0])
      now = found[1].at
      return found[1].run
    },
  }
}

async function idle(sim: Simulator, pending: Promise<unknown>[], quietMs = 60) {
  let seen = -1
  while (sim.requests().length !== seen) {
    seen = sim.requests().length
    await Promise.allSettled(pending.splice(0))
    await new Promise((done) => setTimeout(done, quietMs))
  }
}

async function simulatedHour(withAccountTab: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'thordata-bench-hour-'))
  const clock = simulatedClock(Date.now())
  const core = createCore({
    userDataDir: dir,
    ports: createNodePorts('unavailable', { clipboard: null, opened: [] }, 'bench'),
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
    keychainService: `Thordata Desktop (bench ${process.pid})`,
    now: clock.now,
    trayTimers: clock.timers,
  })
  const pending: Promise<unknown>[] = []
  const accountTab = () => [
    ['account.trafficBalance', undefined],
    ['account.walletBalance', undefined],
    // The chart's default range, which is also the report the forecast line reads.
    ['account.usage', forecastRange(clock.now())],
  ]
  // The window's query cache: when each value was fetched (by the window, or by main and pushed).
  const cache = new Map<string, number>()
  // The reads the window made through main, and those its cache answered (a value main pushed).
  const window = { asked: 0, fromCache: 0 }
  const keyOf = (channel: string, input?: unknown) => JSON.stringify([channel, input ?? null])
  const load = (force = false) => {
    for (const [channel, input] of accountTab()) {
      const key = keyOf(channel as string, input)
      const at = cache.get(key)
      if (!force && at !== undefined && clock.now().getTime() - at < STALE_MS) {
        window.fromCache += 1
        continue
      }
      window.asked += 1
      pending.push(
        core.dispatch(channel as string, input, page).then((result) => {
          if (result.ok) cache.set(key, clock.now().getTime())
        }),
      )
    }
  }
  try {
    await core.start()
    const start = clock.now().getTime()
    if (withAccountTab) {
      // Pushed values are stored (no request); an invalidation refetches what the tab shows.
      core.subscribe((name, payload) => {
        const pushed = payload as { scope?: string; value?: { from?: string; to?: string }; fetchedAt?: string }
        if (name === 'session.changed') cache.clear()
        if (name === 'account.trafficBalance' || name === 'account.walletBalance') {
          cache.set(keyOf(name), Date.parse(pushed.fetchedAt ?? ''))
        }
        if (name === 'account.usage') {
          const range = { from: pushed.value?.from, to: pushed.value?.to }
          cache.set(keyOf(name, range), Date.parse(pushed.fetchedAt ?? ''))
        }
        if (name === 'data.invalidate' && (pushed.scope === 'account' || pushed.scope === 'all')) load(true)
      })
    }
    const demo = await core.dispatch('session.startDemo', undefined, page)
    if (!demo.ok) throw new Error(`Demo mode did not start: ${demo.error.message}`)
    const sim = core.demoSimulator() as Simulator
    if (withAccountTab) load()
    await idle(sim, pending)
    for (let run = clock.next(start + HOUR_MS - 1); run; run = clock.next(start + HOUR_MS - 1)) {
      run()
      await idle(sim, pending)
    }
    const paths = sim.requests().map((request) => request.path.replace(/^\/api/, ''))
    const byPath = Object.fromEntries([...new Set(paths)].map((path) => [path, paths.filter((p) => p === path).length]))
    return { requests: paths.length, byPath, window }
  } finally {
    await Promise.allSettled(pending)
    await core.dispatch('session.signOut', undefined, page).catch(() => undefined)
    await core.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

export async function measureTrayHour() {
  const trayAlone = await simulatedHour(false)
  const withAccountTab = await simulatedHour(true)
  return { trayAlone, withAccountTab }
}
