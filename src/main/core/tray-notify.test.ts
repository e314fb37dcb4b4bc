import type { TrafficBalance } from '@shared/domain/account'
import { type AppSettings, defaultSettings } from '@shared/domain/settings'
import { unitBytes } from '@shared/traffic'
import { describe, expect, it } from 'vitest'
import type { SessionService } from '../session/service'
import { createTraySource } from './tray-source'

const balance = (gb: number) => ({ remainingBytes: gb * unitBytes.GB }) as TrafficBalance

function setup(settings: Partial<AppSettings>) {
  let next = balance(5)
  const shown: string[] = []
  const session = {
    info: () => ({ mode: 'demo' }),
    settings: () => ({ ...defaultSettings, lowBalanceGb: 1, ...settings }),
  } as unknown as SessionService
  const tray = createTraySource({
    session,
    fetchBalance: async () => next,
    platform: 'linux',
    now: () => new Date('2026-12-01T12:00:00Z'),
    onRefreshed: () => {},
    notify: (title, body) => shown.push(`${title}: ${body}`),
  })
  return {
    shown,
    tray,
    async refreshWith(gb: number) {
      next = balance(gb)
      await tray.refresh()
    },
  }
}

describe('the low-balance notification', () => {
  it('tells once when the balance falls under the warning level, again after it recovered', async () => {
    const { shown, tray, refreshWith } = setup({})
    tray.start()
    await refreshWith(5)
    expect(shown).toEqual([])
    await refreshWith(0.5)
    await refreshWith(0.4)
    expect(shown).toEqual([
      'Thordata traffic is running low: Traffic left is below your 1 GB warning level. Top up in the Thordata dashboard to keep your proxies running.',
    ])
    await refreshWith(3)
    await refreshWith(0.2)
    expect(shown).toHaveLength(2)
    tray.stop()
  })

  it('stays quiet when notifications are off', async () => {
    const { shown, tray, refreshWith } = setup({ notifications: false })
    tray.start()
    await refreshWith(0.5)
    expect(shown).toEqual([])
    tray.stop()
  })
})

describe('the tray refresh interval', () => {
  it('follows the trayRefreshMinutes setting from the next wait on', async () => {
    const waits: number[] = []
    let minutes = 5
    const session = {
      info: () => ({ mode: 'demo' }),
      settings: () => ({ ...defaultSettings, trayRefreshMinutes: minutes }),
    } as unknown as SessionService
    const tray = createTraySource({
      session,
      fetchBalance: async () => balance(5),
      platform: 'linux',
      now: () => new Date('2026-12-01T12:00:00Z'),
      onRefreshed: () => {},
    })
    const realSetTimeout = globalThis.setTimeout
    // The poller waits on the system timers: record the delays it asks for, never run them.
    globalThis.setTimeout = ((_run: () => void, ms: number) => {
      waits.push(ms)
      return 0
    }) as unknown as typeof setTimeout
    try {
      tray.start()
      await tray.refresh()
      minutes = 15
      await tray.refresh()
    } finally {
      globalThis.setTimeout = realSetTimeout
      tray.stop()
    }
    expect(waits.at(0)).toBe(5 * 60_000)
    expect(waits.at(-1)).toBe(15 * 60_000)
  })
})
