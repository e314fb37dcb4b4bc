import type { AppError } from '@shared/errors'
import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

/** A purchase whose last answer did not say whether it went through, and whether the user has since checked. */
export interface UnknownOutcome {
  error: AppError
  /** The user says the list does not show it: buying again is allowed. */
  checked: boolean
}

/**
 * Unknown outcomes by purchase (one unlimited server, the CDK create), kept outside any dialog or mutation so that
 * going back, closing or reopening does not lift the "check first" gate: only the user's acknowledgement does.
 */
export class PurchaseOutcomes {
  private readonly entries = new Map<string, UnknownOutcome>()
  private readonly listeners = new Set<() => void>()

  get = (key: string): UnknownOutcome | null => this.entries.get(key) ?? null

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Still waiting for the user to say they checked. */
  blocked = (key: string): boolean => this.entries.get(key)?.checked === false

  set(key: string, entry: UnknownOutcome | null): void {
    if (entry) this.entries.set(key, entry)
    else this.entries.delete(key)
    for (const listener of this.listeners) listener()
  }
}

// One store per query client: it lives as long as the app's data does, and each test's client starts empty.
const stores = new WeakMap<QueryClient, PurchaseOutcomes>()

export function purchaseOutcomesOf(client: QueryClient): PurchaseOutcomes {
  let store = stores.get(client)
  if (!store) {
    store = new PurchaseOutcomes()
    stores.set(client, store)
  }
  return store
}

/** The unknown outcome of one purchase (null when there is none), re-rendering when it changes. */
export function usePurchaseOutcome(key: string) {
  const store = purchaseOutcomesOf(useQueryClient())
  const entry = useSyncExternalStore(store.subscribe, () => store.get(key))
  return {
    store,
    entry,
    blocked: entry !== null && !entry.checked,
    setChecked: (checked: boolean) => {
      const current = store.get(key)
      if (current) store.set(key, { ...current, checked })
    },
  }
}
