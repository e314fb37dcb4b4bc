import type { Fetched } from '@shared/domain/figures'

export interface KeptRead<T> {
  /** The last value that loaded, with its time. */
  kept(): Fetched<T> | null
  /** Fetches now, unless a request is already under way: then it joins that one. */
  load(): Promise<T>
  /** The request under way, if any. */
  pending(): Promise<T> | null
  /** A value loaded elsewhere: kept as if fetched here. */
  accept(value: T): void
  /**
   * For a reader elsewhere (the window): the request under way, or the kept value when younger than `maxAgeMs`;
   * null when it has to ask Thordata itself. A failed request under way also answers null.
   */
  shared(maxAgeMs: number): Promise<T | null>
  /** Forgets the value (another account), and drops the answer of a request still under way. */
  reset(): void
}

/** One figure main keeps for the tray and shares with the window, so the two never ask for it twice at once. */
export function createKeptRead<T>(fetch: () => Promise<T>, now: () => Date, onLoaded?: (value: Fetched<T>) => void) {
  let kept: Fetched<T> | null = null
  let inFlight: Promise<T> | null = null
  let generation = 0

  const read: KeptRead<T> = {
    kept: () => kept,
    load() {
      if (inFlight) return inFlight
      const mine = generation
      const request = Promise.resolve().then(fetch)
      inFlight = request
      request.then(
        (value) => {
          if (mine !== generation) return
          inFlight = null
          kept = { value, fetchedAt: now().toISOString() }
          onLoaded?.(kept)
        },
        () => {
          if (mine === generation) inFlight = null
        },
      )
      return request
    },
    pending: () => inFlight,
    accept(value) {
      kept = { value, fetchedAt: now().toISOString() }
    },
    async shared(maxAgeMs) {
      const mine = generation
      if (inFlight) {
        try {
          const value = await inFlight
          return mine === generation ? value : null
        } catch {
          return null
        }
      }
      if (!kept) return null
      const age = now().getTime() - Date.parse(kept.fetchedAt)
      return age >= 0 && age < maxAgeMs ? kept.value : null
    },
    reset() {
      generation += 1
      kept = null
      inFlight = null
    },
  }
  return read
}
