/**
 * Every API request the simulator saw (never /__control), so a test can prove what went over the wire: that a POST
 * was sent exactly once, that nothing followed a redirect. Only method and path are kept, never the query.
 */
export interface SimRequest {
  method: string
  /** e.g. /api/cdk/create, /alt/api/cdk/create or /landed/api/… (where a followed redirect would arrive). */
  path: string
  /** The fault that answered or delayed it, if any. */
  fault: string | null
  /** How long a latency fault holds the answer back (only with that fault). */
  latencyMs?: number
  /** True once a route handled it, i.e. the request could have changed state. */
  routed: boolean
}

export interface RequestLog {
  record(method: string, path: string): SimRequest
  list(): SimRequest[]
  clear(): void
}

/** Demo mode runs the simulator for as long as the app is open, so only the latest requests are kept. */
export const REQUEST_LOG_LIMIT = 10_000

/** A ring buffer of the last `limit` requests, listed oldest first. */
export function createRequestLog(limit = REQUEST_LOG_LIMIT): RequestLog {
  const size = Math.max(1, Math.floor(limit))
  let slots: SimRequest[] = []
  /** Where the next entry goes once the buffer is full: the oldest entry's slot. */
  let next = 0
  return {
    record(method, path) {
      // The server fills in `fault` and `routed` on this same object later, so the slot holds it, not a copy.
      const entry: SimRequest = { method, path, fault: null, routed: false }
      if (slots.length < size) slots.push(entry)
      else slots[next] = entry
      next = (next + 1) % size
      return entry
    },
    list: () => {
      const ordered = slots.length < size ? slots : [...slots.slice(next), ...slots.slice(0, next)]
      return ordered.map((entry) => ({ ...entry }))
    },
    clear() {
      slots = []
      next = 0
    },
  }
}
