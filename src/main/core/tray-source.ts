import type { TrafficBalance, UsageRangeInput, UsageReport, WalletBalance } from '@shared/domain/account'
import type { PresetSummary } from '@shared/domain/presets'
import type { AppError } from '@shared/errors'
import { addDays, FORECAST_USAGE_DAYS, type Forecast, forecastRunway } from '@shared/forecast'
import type { Fetched } from '@shared/ipc/contract'
import type { SessionService } from '../session/service'
import { createAlerts } from '../tray/alerts'
import { createBalancePoller, type PollerTimers } from '../tray/balance-poller'
import { createKeptRead, type KeptRead } from '../tray/kept-read'
import { buildTrayView, type TrayView } from '../tray/model'
import type { NetworkPort, PowerPort } from './ports'

/** The usage records behind the forecast are fetched at most this often (and again when the day changes). */
export const USAGE_MAX_AGE_MS = 60 * 60_000

export interface TraySourceOptions {
  session: SessionService
  fetchBalance: () => Promise<TrafficBalance>
  /** The wallet and the usage records for the forecast, fetched with the balance at most once an hour. */
  fetchWallet?: () => Promise<WalletBalance>
  fetchUsage?: (range: UsageRangeInput) => Promise<UsageReport>
  platform: string
  now: () => Date
  /** Called with each balance the tray loaded, so the window shows it without asking again. */
  onRefreshed: (balance: Fetched<TrafficBalance>) => void
  onWallet?: (wallet: Fetched<WalletBalance>) => void
  onUsage?: (usage: Fetched<UsageReport>) => void
  /** Defaults to the trayRefreshMinutes setting. */
  intervalMs?: number
  /** Shows a system notification (low balance, short runway), if notifications are on. */
  notify?: (title: string, body: string) => void
  /** The saved presets for "Copy link" (the presets service); none when absent. */
  presets?: () => readonly PresetSummary[]
  /** No polls while the machine sleeps or is offline. */
  power?: PowerPort
  network?: NetworkPort
  timers?: PollerTimers
}

/** yyyy-mm-dd of the local day. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/** The report the forecast reads: the last 30 days, today included (the Account tab's default range too). */
export function forecastRange(now: Date): UsageRangeInput {
  const to = localDay(now)
  return { from: addDays(to, -(FORECAST_USAGE_DAYS - 1)), to }
}

/**
 * What the tray shows: the poller's latest balance (or a fresher one the window just loaded), the wallet and the
 * runway forecast, turned into a TrayView for the current session. Polls only while an account (or the demo) is
 * connected and the machine is awake and online. The window's reads share its requests (see `shared*`).
 */
export function createTraySource(options: TraySourceOptions) {
  let balance: Fetched<TrafficBalance> | null = null
  let error: AppError | null = null
  // The balance a tray refresh just pushed to the window: the answer if the window asks right after, once.
  let pushed: Fetched<TrafficBalance> | null = null
  // Bumped at every session change, so a balance requested for the previous account is never shown.
  let generation = 0
  const listeners = new Set<(view: TrayView) => void>()
  const alerts = createAlerts({ settings: () => options.session.settings(), notify: options.notify })
  const wallet = createKeptRead(
    () => (options.fetchWallet as () => Promise<WalletBalance>)(),
    options.now,
    (value) => {
      options.onWallet?.(value)
      publish()
    },
  )
  const usage = createKeptRead(
    () => (options.fetchUsage as (range: UsageRangeInput) => Promise<UsageReport>)(forecastRange(options.now())),
    options.now,
    (value) => {
      options.onUsage?.(value)
      publish()
    },
  )

  const forecast = (): Forecast | null => {
    const report = usage.kept()
    if (!balance || !report) return null
    return forecastRunway({
      remainingBytes: balance.value.remainingBytes,
      expiresOn: balance.value.expiresOn,
      days: report.value.days,
      totalUsedBytes: report.value.totalUsedBytes,
      today: localDay(options.now()),
    })
  }

  const presets = (): readonly PresetSummary[] => {
    try {
      return options.session.info().mode === 'none' ? [] : (options.presets?.() ?? [])
    } catch {
      return []
    }
  }

  const view = (): TrayView =>
    buildTrayView({
      session: options.session.info(),
      balance,
      error,
      lowBalanceGb: options.session.settings()?.lowBalanceGb ?? 0,
      now: options.now(),
      platform: options.platform,
      forecast: forecast(),
      wallet: wallet.kept()?.value ?? null,
      presets: presets(),
    })
  function publish() {
    const next = view()
    for (const listener of listeners) listener(next)
    alerts.check(balance?.value ?? null, forecast())
  }

  const usageStale = () => {
    const report = usage.kept()
    if (!report) return true
    const age = options.now().getTime() - Date.parse(report.fetchedAt)
    return report.value.to !== localDay(options.now()) || age < 0 || age >= USAGE_MAX_AGE_MS
  }
  // The wallet and the usage records ride along with a balance poll, at most hourly; their failure is not the
  // balance's (the tray keeps showing the last ones), and they are asked again at the next poll.
  const loadExtras = async () => {
    if (!usageStale()) return
    const loads: Promise<unknown>[] = []
    if (options.fetchUsage) loads.push(usage.load())
    if (options.fetchWallet) loads.push(wallet.load())
    await Promise.allSettled(loads)
  }
  // A balance the window loaded goes back to the window as is: no push for it.
  let accepting = false

  const poller = createBalancePoller({
    fetchBalance: async () => {
      const [value] = await Promise.all([options.fetchBalance(), loadExtras()])
      return value
    },
    intervalMs: options.intervalMs ?? (() => (options.session.settings()?.trayRefreshMinutes ?? 5) * 60_000),
    now: options.now,
    timers: options.timers,
    onChange: (state) => {
      if (state.fetching) return
      const fresh = state.balance && state.balance !== balance && !state.error && !accepting ? state.balance : null
      balance = state.balance ?? balance
      error = state.error
      if (fresh) options.onRefreshed(fresh)
      publish()
    },
  })

  // Sleep and offline pause the polls; waking up or coming back online polls at once.
  let asleep = false
  let online = options.network?.isOnline() ?? true
  const applyPause = () => (asleep || !online ? poller.pause() : poller.resume())
  const unwatch: Array<() => void> = []
  const watch = () => {
    if (unwatch.length) return
    online = options.network?.isOnline() ?? true
    if (options.power) {
      unwatch.push(
        options.power.onSuspend(() => {
          asleep = true
          applyPause()
        }),
        options.power.onResume(() => {
          asleep = false
          applyPause()
        }),
      )
    }
    if (options.network) {
      unwatch.push(
        options.network.onChange((isOnline) => {
          online = isOnline
          applyPause()
        }),
      )
    }
  }

  const follow = () => {
    generation += 1
    pushed = null
    poller.stop()
    alerts.reset()
    wallet.reset()
    usage.reset()
    balance = null
    error = null
    if (options.session.info().mode !== 'none') {
      if (asleep || !online) poller.pause()
      poller.start()
    }
    publish()
  }

  // A read the window makes while a poll (or the figure's own request) is under way waits for it and takes what it
  // loaded; with nothing under way the window asks Thordata itself, so its Refresh is always fresh.
  const joinPoll = async <T>(read: KeptRead<T>): Promise<T | null> => {
    const since = options.now().getTime()
    const poll = poller.pending()
    if (!poll && !read.pending()) return null
    const asked = generation
    await poll?.catch(() => undefined)
    const joined = await read.shared(0)
    if (joined || asked !== generation) return joined
    const kept = read.kept()
    return kept && Date.parse(kept.fetchedAt) >= since ? kept.value : null
  }
  const sameRange = (range: UsageRangeInput) => {
    const ours = forecastRange(options.now())
    return range.from === ours.from && range.to === ours.to
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
      accepting = true
      poller.accept(value)
      accepting = false
      const kept = poller.state().balance
      balance = kept?.value === value ? kept : { value, fetchedAt: options.now().toISOString() }
      error = null
      publish()
    },
    acceptWallet(value: WalletBalance, ticket: number) {
      if (ticket !== generation) return
      wallet.accept(value)
      publish()
    },
    acceptUsage(report: UsageReport, ticket: number) {
      if (ticket !== generation || !sameRange(report)) return
      usage.accept(report)
      publish()
    },
    /** For the window: the balance of a poll under way (one request for both), or one pushed moments ago. */
    async sharedBalance(maxAgeMs: number): Promise<TrafficBalance | null> {
      const asked = generation
      const pending = poller.pending()
      if (pending) {
        await pending
        if (asked === generation && balance && !error) return balance.value
      }
      return this.fresh(maxAgeMs)
    },
    /** For the window: the wallet of a poll under way (it rides along with the balance), else null. */
    sharedWallet: (): Promise<WalletBalance | null> => joinPoll(wallet),
    /** For the window: the forecast's report of a poll under way, when the window asks for that same range. */
    sharedUsage: (range: UsageRangeInput): Promise<UsageReport | null> =>
      sameRange(range) ? joinPoll(usage) : Promise.resolve(null),
    /** "Refresh now": the balance (one request; the wallet and usage records too once they are an hour old). */
    async refresh() {
      if (options.session.info().mode === 'none') return
      const asked = generation
      await poller.refresh()
      // Only a refresh asked for from the tray answers the window's next read: a user's Refresh after a scheduled
      // poll still asks Thordata.
      if (balance && asked === generation && !error) pushed = balance
    },
    /** The balance a tray refresh pushed less than `maxAgeMs` ago, once; else null. */
    fresh(maxAgeMs: number): TrafficBalance | null {
      const found = pushed
      pushed = null
      if (!found) return null
      const age = options.now().getTime() - new Date(found.fetchedAt).getTime()
      return age >= 0 && age < maxAgeMs ? found.value : null
    },
    forecast,
    /** The settings changed (language, warning levels, presets): show the same figures again in their terms. */
    retell: publish,
    /** The unit or the settings changed: the pushed figure may be in the old unit, so the next request asks again. */
    expire() {
      pushed = null
    },
    /** The session changed (connect, demo, sign out): start over for the new account. */
    follow,
    start() {
      watch()
      follow()
    },
    stop() {
      for (const stop of unwatch.splice(0)) stop()
      poller.stop()
    },
  }
}
export type TraySource = ReturnType<typeof createTraySource>
