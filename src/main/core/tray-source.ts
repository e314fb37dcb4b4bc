import type { TrafficBalance } from '@shared/domain/account'
import type { AppError } from '@shared/errors'
import type { SessionService } from '../session/service'
import { createBalancePoller } from '../tray/balance-poller'
import { buildTrayView, type TrayView } from '../tray/model'

export interface TraySourceOptions {
  session: SessionService
  fetchBalance: () => Promise<TrafficBalance>
  platform: string
  now: () => Date
  /** Called after a refresh the user asked for from the tray, so the window shows the same figure. */
  onRefreshed: () => void
  intervalMs?: number
}

/**
 * What the tray shows: the poller's latest balance, or a fresher one the window just loaded, turned into a
 * TrayView for the current session. The poller runs only while an account (or the demo) is connected.
 */
export function createTraySource(options: TraySourceOptions) {
  let balance: { value: TrafficBalance; fetchedAt: string } | null = null
  let error: AppError | null = null
  // Bumped at every session change, so a balance requested for the previous account is never shown.
  let generation = 0
  const listeners = new Set<(view: TrayView) => void>()

  const view = (): TrayView =>
    buildTrayView({
      session: options.session.info(),
      balance,
      error,
      lowBalanceGb: options.session.settings()?.lowBalanceGb ?? 0,
      now: options.now(),
      platform: options.platform,
    })
  const publish = () => {
    const next = view()
    for (const listener of listeners) listener(next)
  }

  const poller = createBalancePoller({
    fetchBalance: options.fetchBalance,
    intervalMs: options.intervalMs,
    now: options.now,
    onChange: (state) => {
      if (state.fetching) return
      balance = state.balance ?? balance
      error = state.error
      publish()
    },
  })

  const follow = () => {
    generation += 1
    poller.stop()
    balance = null
    error = null
    if (options.session.info().mode !== 'none') poller.start()
    publish()
  }

  return {
    view,
    subscribe(listener: (view: TrayView) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Taken before a balance request elsewhere (the Account tab); hand it back with the answer. */
    ticket: () => generation,
    /** A balance loaded elsewhere is news for the tray too, unless the session changed since it was asked for. */
    accept(value: TrafficBalance, ticket: number) {
      if (ticket !== generation) return
      balance = { value, fetchedAt: options.now().toISOString() }
      error = null
      publish()
    },
    async refresh() {
      if (options.session.info().mode === 'none') return
      await poller.refresh()
      options.onRefreshed()
    },
    /** The session changed (connect, demo, sign out): start over for the new account. */
    follow,
    start: follow,
    stop: () => poller.stop(),
  }
}
export type TraySource = ReturnType<typeof createTraySource>
