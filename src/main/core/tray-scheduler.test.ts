import type { TrafficBalance, UsageRangeInput, UsageReport, WalletBalance } from '@shared/domain/account'
import { type AppSettings, defaultSettings } from '@shared/domain/settings'
import { AppErrorException, appError } from '@shared/errors'
import { addDays } from '@shared/forecast'
import { unitBytes } from '@shared/traffic'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SessionService } from '../session/service'
import type { NetworkPort, PowerPort } from './ports'
import { createTraySource, localDay } from './tray-source'

/**
 * The tray's refresh scheduler on fake timers: what it asks Thordata for and when, what it shares with the window,
 * and which notifications a user gets.
 */
const MIN = 60_000
const GB = unitBytes.GB
const balance = (gb: number): TrafficBalance => ({ remainingBytes: gb * GB, expiresOn: '2027-03-01' })

function usageReport(range: UsageRangeInput, perDayGb: number): UsageReport {
  const days = Array.from({ length: 30 }, (_, i) => ({ date: addDays(range.from, i), usedBytes: perDayGb * GB }))
  const used = days.reduce((sum, d) => sum + d.usedBytes, 0)
  return { ...range, totalUsedBytes: used, remainingBytes: 0, rangeUsedBytes: used, days }
}

function subscribe<L>(listeners: Set<L>, listener: L) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

function powerPort() {
  const suspend = new Set<() => void>()
  const resume = new Set<() => void>()
  const port: PowerPort = {
    onSuspend: (l) => subscribe(suspend, l),
    onResume: (l) => subscribe(resume, l),
  }
  const run = (listeners: Set<() => void>) => {
    for (const listener of listeners) listener()
  }
  return { port, sleep: () => run(suspend), wake: () => run(resume) }
}

function networkPort() {
  let online = true
  const listeners = new Set<(online: boolean) => void>()
  const port: NetworkPort = { isOnline: () => online, onChange: (l) => subscribe(listeners, l) }
  return {
    port,
    set(value: boolean) {
      online = value
      for (const l of listeners) l(value)
    },
  }
}

function setup(settings: Partial<AppSettings> = {}) {
  const calls = { balance: 0, wallet: 0, usage: 0 }
  let gb = 40
  let perDayGb = 1
  let failWith: Error | null = null
  const shown: string[] = []
  const pushed: string[] = []
  const power = powerPort()
  const network = networkPort()
  const session = {
    info: () => ({ mode: 'account', accountName: 'acme' }),
    settings: () => ({ ...defaultSettings, ...settings }),
  } as unknown as SessionService
  const tray = createTraySource({
    session,
    fetchBalance: async () => {
      calls.balance += 1
      if (failWith) throw failWith
      return balance(gb)
    },
    fetchWallet: async (): Promise<WalletBalance> => {
      calls.wallet += 1
      return { amount: 10, currency: 'USD' }
    },
    fetchUsage: async (range) => {
      calls.usage += 1
      return usageReport(range, perDayGb)
    },
    platform: 'linux',
    now: () => new Date(),
    onRefreshed: () => pushed.push('balance'),
    onWallet: () => pushed.push('wallet'),
    onUsage: () => pushed.push('usage'),
    notify: (title) => shown.push(title),
    power: power.port,
    network: network.port,
  })
  return {
    tray,
    calls,
    shown,
    pushed,
    power,
    network,
    setBalance: (value: number) => {
      gb = value
    },
    setDailyUse: (value: number) => {
      perDayGb = value
    },
    fail: (error: Error | null) => {
      failWith = error
    },
  }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date(2026, 11, 1, 9, 0))
})
afterEach(() => vi.useRealTimers())

describe('the tray refresh scheduler', () => {
  it('polls the balance every interval, and the wallet and usage records at most once an hour', async () => {
    const { tray, calls, pushed } = setup()
    tray.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toEqual({ balance: 1, wallet: 1, usage: 1 })
    await vi.advanceTimersByTimeAsync(60 * MIN - 1)
    // An hour at 5 minutes: 12 balances, one wallet, one usage report.
    expect(calls).toEqual({ balance: 12, wallet: 1, usage: 1 })
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toEqual({ balance: 13, wallet: 2, usage: 2 })
    // Every figure it loaded went to the window too.
    expect(pushed.filter((p) => p === 'balance')).toHaveLength(13)
    expect(pushed.filter((p) => p === 'usage')).toHaveLength(2)
    tray.stop()
  })

  it('fetches the usage records again once the day changes, whatever their age', async () => {
    vi.setSystemTime(new Date(2026, 11, 1, 23, 50))
    const { tray, calls } = setup()
    tray.start()
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(localDay(new Date())).toBe('2026-12-02')
    expect(calls.usage).toBe(2)
    tray.stop()
  })

  it('backs off after failures, further on a rate limit (10011), and returns to the interval after a success', async () => {
    const { tray, calls, fail } = setup()
    fail(new AppErrorException(appError('network', 'Thordata could not be reached')))
    tray.start()
    await vi.advanceTimersByTimeAsync(0)
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(calls.balance).toBe(2)
    fail(new AppErrorException(appError('rate-limit', 'Too many requests', { code: 10011 })))
    // After one failure and then a 10011: 2 + 2 = 4 failures' worth, capped at 30 minutes.
    await vi.advanceTimersByTimeAsync(20 * MIN)
    expect(calls.balance).toBe(3)
    await vi.advanceTimersByTimeAsync(30 * MIN - 1)
    expect(calls.balance).toBe(3)
    fail(null)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.balance).toBe(4)
    expect(tray.view().icon).toBe('normal')
    await vi.advanceTimersByTimeAsync(5 * MIN)
    expect(calls.balance).toBe(5)
    tray.stop()
  })

  it('sends nothing while the machine sleeps, and polls as soon as it wakes', async () => {
    const { tray, calls, power } = setup()
    tray.start()
    await vi.advanceTimersByTimeAsync(0)
    power.sleep()
    await vi.advanceTimersByTimeAsync(3 * 60 * MIN)
    expect(calls.balance).toBe(1)
    power.wake()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.balance).toBe(2)
    // Hours later: the usage records are old, so they come along.
    expect(calls.usage).toBe(2)
    await vi.advanceTimersByTimeAsync(5 * MIN)
    expect(calls.balance).toBe(3)
    tray.stop()
  })

  it('sends nothing while offline, and polls as soon as the network is back', async () => {
    const { tray, calls, network } = setup()
    network.set(false)
    tray.start()
    await vi.advanceTimersByTimeAsync(30 * MIN)
    // Started offline: even the first poll waits for the network.
    expect(calls.balance).toBe(0)
    network.set(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.balance).toBe(1)
    network.set(false)
    await vi.advanceTimersByTimeAsync(30 * MIN)
    expect(calls.balance).toBe(1)
    tray.stop()
  })

  it('shares one request with the window: a read while a poll is under way waits for it', async () => {
    const { tray, calls } = setup()
    tray.start()
    // The Account tab opens while the first poll is out.
    const [shownBalance, shownWallet, shownUsage] = await Promise.all([
      tray.sharedBalance(5_000),
      tray.sharedWallet(),
      tray.sharedUsage({ from: addDays(localDay(new Date()), -29), to: localDay(new Date()) }),
    ])
    expect(calls).toEqual({ balance: 1, wallet: 1, usage: 1 })
    expect(shownBalance).toEqual(balance(40))
    expect(shownWallet).toEqual({ amount: 10, currency: 'USD' })
    expect(shownUsage?.days).toHaveLength(30)
    // Another range is the window's own request.
    expect(await tray.sharedUsage({ from: '2026-11-01', to: '2026-11-07' })).toBeNull()
    // With nothing under way, the window's own Refresh is its own request: never a figure from moments ago.
    expect(await tray.sharedBalance(5_000)).toBeNull()
    expect(await tray.sharedWallet()).toBeNull()
    tray.stop()
  })

  it('a balance the window loaded counts as the poll: the tray waits a full interval from it', async () => {
    const { tray, calls } = setup()
    tray.start()
    await vi.advanceTimersByTimeAsync(2 * MIN)
    tray.accept(balance(39), tray.ticket())
    expect(tray.view().menu[0].label).toBe('Traffic left: 39 GB')
    await vi.advanceTimersByTimeAsync(5 * MIN - 1)
    expect(calls.balance).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.balance).toBe(2)
    tray.stop()
  })
})

describe('the tray alerts', () => {
  it('tells once when the balance falls under the warning level, and again only after it recovered', async () => {
    const { tray, shown, setBalance, setDailyUse } = setup({ lowBalanceGb: 5, forecastWarningDays: 0 })
    setDailyUse(0.01)
    tray.start()
    await vi.advanceTimersByTimeAsync(0)
    setBalance(4)
    await vi.advanceTimersByTimeAsync(15 * MIN)
    expect(shown).toEqual(['Thordata traffic is running low'])
    setBalance(6)
    await vi.advanceTimersByTimeAsync(5 * MIN)
    setBalance(3)
    await vi.advanceTimersByTimeAsync(5 * MIN)
    expect(shown).toEqual(['Thordata traffic is running low', 'Thordata traffic is running low'])
    tray.stop()
  })

  it('tells once when the forecast falls under the warning days, not at every poll', async () => {
    const { tray, shown, setBalance } = setup({ lowBalanceGb: 0, forecastWarningDays: 7 })
    tray.start()
    await vi.advanceTimersByTimeAsync(0)
    // 1 GB a day: 40 GB lasts 40 days.
    expect(shown).toEqual([])
    expect(tray.view().menu.map((item) => item.label)).toContain(
      'At this rate: lasts until ~10 Jan 2027, 50 days before it expires',
    )
    setBalance(6)
    await vi.advanceTimersByTimeAsync(30 * MIN)
    expect(shown).toEqual(['Thordata traffic runs out soon'])
    setBalance(20)
    await vi.advanceTimersByTimeAsync(5 * MIN)
    setBalance(5)
    await vi.advanceTimersByTimeAsync(5 * MIN)
    expect(shown).toEqual(['Thordata traffic runs out soon', 'Thordata traffic runs out soon'])
    tray.stop()
  })

  it('keeps quiet when notifications are off, and shows the crossing later only if it happens again', async () => {
    const { tray, shown, setBalance } = setup({ lowBalanceGb: 5, forecastWarningDays: 7, notifications: false })
    tray.start()
    await vi.advanceTimersByTimeAsync(0)
    setBalance(2)
    await vi.advanceTimersByTimeAsync(30 * MIN)
    expect(shown).toEqual([])
    tray.stop()
  })
})
