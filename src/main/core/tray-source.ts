import type { TrafficBalance } from '@shared/domain/account'
import type { AppError } from '@shared/errors'
import type { Fetched } from '@shared/ipc/contract'
import { unitBytes } from '@shared/traffic'
import { t } from '../i18n'
import type { SessionService } from '../session/service'
import { createBalancePoller } from '../tray/balance-poller'
import { buildTrayView, type TrayView } from '../tray/model'

export interface TraySourceOptions {
  session: SessionService
  fetchBalance: () => Promise<TrafficBalance>
  platform: string
  now: () => Date
  /** Called with the balance a refresh the user asked for from the tray loaded, so the window shows it too. */
  onRefreshed: (balance: Fetched<TrafficBalance>) => void
  /** Defaults to the trayRefreshMinutes setting. */
  intervalMs?: number
  /** Shows a system notification; called when the balance falls under the warning level, if notifications are on. */
  notify?: (title: string, body: string) => void
}

/**
 * What the tray shows: the poller's latest balance, or a fresher one the window just loaded, turned into a
 * TrayView for the current session. The poller runs only while an account (or the demo) is connected.
 */
export function createTraySource(options: TraySourceOptions) {
  let balance: Fetched<TrafficBalance> | null = null
  let error: AppError | null = null
  // The balance a tray refresh just pushed to the window: the answer if the window asks right after, once.
  let pushed: Fetched<TrafficBalance> | null = null
  // Bumped at every session change, so a balance requested for the previous account is never shown.
  let generation = 0
  const listeners = new Set<(view: TrayView) => void>()
  // Whether the last balance seen was under the warning level: a notification is for crossing it, not for each poll.
  let wasLow = false

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
    tellIfLow()
  }

  const tellIfLow = () => {
    const settings = options.session.settings()
    const threshold = settings?.lowBalanceGb ?? 0
    const low = balance !== null && threshold > 0 && balance.value.remainingBytes < threshold * unitBytes.GB
    if (low && !wasLow && settings?.notifications !== false && options.notify) {
      options.notify(
        t('settings:notification.lowBalanceTitle'),
        t('settings:notification.lowBalanceBody', { gb: threshold }),
      )
    }
    wasLow = low
  }

  const poller = createBalancePoller({
    fetchBalance: options.fetchBalance,
    intervalMs: options.intervalMs ?? (() => (options.session.settings()?.trayRefreshMinutes ?? 5) * 60_000),
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
    pushed = null
    poller.stop()
    wasLow = false
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
      const asked = generation
      await poller.refresh()
      if (balance && asked === generation && !error) {
        pushed = balance
        options.onRefreshed(balance)
      }
    },
    /** The balance a tray refresh pushed less than `maxAgeMs` ago, once; else null. */
    fresh(maxAgeMs: number): TrafficBalance | null {
      const found = pushed
      pushed = null
      if (!found) return null
      const age = options.now().getTime() - new Date(found.fetchedAt).getTime()
      return age >= 0 && age < maxAgeMs ? found.value : null
    },
    /** The settings changed (language, warning level): show the same figures again in their terms. */
    retell: publish,
    /** The unit or the settings changed: the pushed figure may be in the old unit, so the next request asks again. */
    expire() {
      pushed = null
    },
    /** The session changed (connect, demo, sign out): start over for the new account. */
    follow,
    start: follow,
    stop: () => poller.stop(),
  }
}
export type TraySource = ReturnType<typeof createTraySource>
