import type { UnlimitedServer } from '@shared/domain/unlimited'
import type { QueryClient } from '@tanstack/react-query'
import { expireRestarts, followRestarts, type RestartOutcome, type TrackedRestart } from './restart-tracking'

export type RestartNotice = Extract<RestartOutcome, { kind: 'timedOut' }>

export interface RestartFollows {
  tracked: readonly TrackedRestart[]
  notices: readonly RestartNotice[]
}

/**
 * The restarts being followed and the notices of those that did not come back. Kept beside the window's query
 * client rather than in the tab, which unmounts when the user opens another one: coming back still shows them.
 */
export interface RestartStore {
  get(): RestartFollows
  subscribe(listener: () => void): () => void
  track(planName: string, at: number): void
  /** One step of every follow with a fresh server list; returns what ended. */
  listed(servers: readonly UnlimitedServer[], listedAt: number, timeoutMs: number): RestartOutcome[]
  /** Ends the follows past their timeout at `at`, list or no list; returns what ended. */
  expire(at: number, timeoutMs: number): RestartOutcome[]
  dismiss(planName: string): void
}

export function createRestartStore(): RestartStore {
  let state: RestartFollows = { tracked: [], notices: [] }
  const listeners = new Set<() => void>()
  const set = (next: RestartFollows) => {
    state = next
    for (const listener of listeners) listener()
  }
  const end = (step: { tracked: TrackedRestart[]; outcomes: RestartOutcome[] }) => {
    const timedOut = step.outcomes.filter((o): o is RestartNotice => o.kind === 'timedOut')
    const changed = step.outcomes.length > 0 || step.tracked.some((r, i) => r !== state.tracked[i])
    if (changed) set({ tracked: step.tracked, notices: [...state.notices, ...timedOut] })
    return step.outcomes
  }
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    track(planName, at) {
      set({
        tracked: [
          ...state.tracked.filter((r) => r.planName !== planName),
          { planName, startedAt: at, seenDown: false, lastRunning: null },
        ],
        notices: state.notices.filter((n) => n.planName !== planName),
      })
    },
    listed: (servers, listedAt, timeoutMs) =>
      state.tracked.length === 0 ? [] : end(followRestarts(state.tracked, servers, listedAt, timeoutMs)),
    expire: (at, timeoutMs) => (state.tracked.length === 0 ? [] : end(expireRestarts(state.tracked, at, timeoutMs))),
    dismiss(planName) {
      set({ ...state, notices: state.notices.filter((n) => n.planName !== planName) })
    },
  }
}

const stores = new WeakMap<QueryClient, RestartStore>()

/** The window's store: one per query client, so each test's fresh client starts with none. */
export function restartStoreFor(client: QueryClient): RestartStore {
  let store = stores.get(client)
  if (!store) {
    store = createRestartStore()
    stores.set(client, store)
  }
  return store
}
