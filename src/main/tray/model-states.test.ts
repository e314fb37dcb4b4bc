import type { TrafficBalance } from '@shared/domain/account'
import type { PresetSummary } from '@shared/domain/presets'
import type { SessionInfo } from '@shared/domain/session'
import { appError } from '@shared/errors'
import { type Forecast, forecastRunway } from '@shared/forecast'
import { unitBytes } from '@shared/traffic'
import { describe, expect, it } from 'vitest'
import { buildTrayView, type TrayInput, type TrayView } from './model'

const GB = unitBytes.GB
const now = new Date(2026, 11, 1, 9, 30)
const fetchedAt = new Date(2026, 11, 1, 9, 25).toISOString()
const account: SessionInfo = { mode: 'account', accountName: 'acme', tokenHint: 'a1b2…9f0e', storage: 'keychain' }
const demo: SessionInfo = { mode: 'demo', accountName: 'demo', tokenHint: null, storage: null }
const signedOut: SessionInfo = { mode: 'none', accountName: null, tokenHint: null, storage: null }
const presets: PresetSummary[] = [
  { id: 'a', name: 'US rotating', kind: 'extract', isDefault: true },
  { id: 'b', name: 'DE curl', kind: 'endpoint', isDefault: false },
]
const value: TrafficBalance = { remainingBytes: 37.4 * GB, expiresOn: '2027-01-10' }
// 1.9 GB a day over the last 14 days: runs out on 20 Dec, 21 days before it expires.
const forecast: Forecast = forecastRunway({
  ...value,
  days: Array.from({ length: 20 }, (_, i) => ({
    date: new Date(Date.UTC(2026, 10, 11 + i)).toISOString().slice(0, 10),
    usedBytes: 1.9 * GB,
  })),
  today: '2026-12-01',
})

function view(overrides: Partial<TrayInput> = {}): TrayView {
  return buildTrayView({
    session: account,
    balance: { value, fetchedAt },
    error: null,
    lowBalanceGb: 1,
    now,
    platform: 'linux',
    forecast,
    wallet: { amount: 12.5, currency: 'USD' },
    presets,
    ...overrides,
  })
}

/** The menu as a Linux panel shows it: the labels, with submenus indented and clickable items marked. */
const menu = (v: TrayView): string[] =>
  v.menu.flatMap((item) => [
    item.id === 'separator' ? '---' : `${item.enabled ? '▸ ' : ''}${item.label}`,
    ...(item.submenu ?? []).map((sub) => `    ▸ ${sub.label}`),
  ])

describe('the tray in every state, as the Linux menu shows it (everything is in the menu)', () => {
  it('ok: balance and expiry first, then the forecast and the wallet, then every action', () => {
    const v = view()
    expect(v.icon).toBe('normal')
    expect(menu(v)).toEqual([
      'Traffic left: 37.4 GB',
      'Expires 10 Jan 2027 (in 40 days)',
      'At this rate: lasts until ~20 Dec 2026, 21 days before it expires',
      'Wallet: $12.50',
      'Updated 09:25',
      '---',
      '▸ Refresh now',
      '▸ Copy link',
      '    ▸ US rotating (default)',
      '    ▸ DE curl',
      '---',
      '▸ Open Thordata Desktop',
      '▸ Quit',
    ])
    expect(v.tooltip).toBe(
      'Thordata Desktop\nTraffic left: 37.4 GB\nExpires 10 Jan 2027 (in 40 days)\nAt this rate: lasts until ~20 Dec 2026, 21 days before it expires',
    )
    expect(v.title).toBe('')
    expect(view({ platform: 'darwin' }).title).toBe('37.4 GB')
  })

  it('loading: says so, and still offers refresh, copy, open and quit', () => {
    const v = view({ balance: null, forecast: null, wallet: null })
    expect(v.icon).toBe('normal')
    expect(menu(v)).toEqual([
      'Traffic left: loading…',
      '---',
      '▸ Refresh now',
      '▸ Copy link',
      '    ▸ US rotating (default)',
      '    ▸ DE curl',
      '---',
      '▸ Open Thordata Desktop',
      '▸ Quit',
    ])
    expect(v.tooltip).toBe('Thordata Desktop\nLoading the balance…')
  })

  it('low: the low icon and the warning line', () => {
    const v = view({ balance: { value: { ...value, remainingBytes: 0.5 * GB }, fetchedAt } })
    expect(v.icon).toBe('low')
    expect(menu(v)).toContain('Below your 1 GB warning level')
  })

  it('error: the error icon, the last good figures and why the refresh failed', () => {
    const v = view({ error: appError('network', 'Thordata could not be reached') })
    expect(v.icon).toBe('error')
    expect(menu(v).slice(0, 6)).toEqual([
      'Traffic left: 37.4 GB',
      'Expires 10 Jan 2027 (in 40 days)',
      'At this rate: lasts until ~20 Dec 2026, 21 days before it expires',
      'Wallet: $12.50',
      'Updated 09:25',
      'Could not refresh: Thordata could not be reached',
    ])
    expect(v.tooltip).toContain('Could not refresh, showing the value from 09:25')
  })

  it('error before any figure: says it could not load', () => {
    const v = view({ balance: null, error: appError('network', 'Thordata could not be reached') })
    expect(v.icon).toBe('error')
    expect(menu(v).slice(0, 2)).toEqual(['Traffic left: unknown', 'Could not load: Thordata could not be reached'])
  })

  it('signed out: the signed-out icon, and nothing to refresh or copy', () => {
    const v = view({ session: signedOut })
    expect(v.icon).toBe('signed-out')
    expect(menu(v)).toEqual(['Not signed in', '---', '▸ Open Thordata Desktop', '▸ Quit'])
  })

  it('demo: marked in the balance line and the tooltip, with everything else as for an account', () => {
    const v = view({ session: demo })
    expect(menu(v)[0]).toBe('Traffic left: 37.4 GB (demo)')
    expect(v.tooltip.split('\n')[0]).toBe('Thordata Desktop (demo)')
    expect(menu(v)).toContain('▸ Copy link')
  })

  it('words each kind of forecast, and leaves it out where the other lines say it', () => {
    const line = (f: Forecast | null) => view({ forecast: f }).menu.find((item) => item.id === 'forecast')?.label
    expect(line({ kind: 'shortHistory', days: 2 })).toBe('Forecast: not enough usage history yet')
    expect(line({ kind: 'noUse', windowDays: 14 })).toBe('Forecast: no traffic used in the last 14 days')
    expect(
      line({
        kind: 'pastExpiry',
        expiresOn: '2027-01-10',
        dailyBytes: GB,
        windowDays: 14,
        lastsDays: 80,
        runsOutOn: '2027-02-19',
      }),
    ).toBe('At this rate it lasts past the expiry date')
    expect(
      line({
        kind: 'runsOut',
        expiresOn: null,
        beforeExpiryDays: null,
        dailyBytes: GB,
        windowDays: 14,
        lastsDays: 5,
        runsOutOn: '2026-12-06',
      }),
    ).toBe('At this rate: lasts until ~6 Dec 2026')
    expect(line({ kind: 'empty' })).toBeUndefined()
    expect(line(null)).toBeUndefined()
  })

  it('with no presets saved, Copy link says where to make one instead of opening an empty submenu', () => {
    const copy = view({ presets: [] }).menu.find((item) => item.id === 'copy')
    expect(copy).toMatchObject({ label: 'Copy link: save a preset in the app first', enabled: false })
    expect(copy?.submenu).toBeUndefined()
  })
})
