import type { TrafficBalance } from '@shared/domain/account'
import type { SessionInfo } from '@shared/domain/session'
import { appError } from '@shared/errors'
import { unitBytes } from '@shared/traffic'
import { describe, expect, it } from 'vitest'
import { buildTrayView, daysUntil, type TrayInput } from './model'

const GB = unitBytes.GB
// Local times, so the "Updated hh:mm" text does not depend on the machine's time zone.
const now = new Date(2026, 10, 27, 14, 20)
const fetchedAt = new Date(2026, 10, 27, 14, 5).toISOString()
const account: SessionInfo = { mode: 'account', accountName: 'acme', tokenHint: 'a1b2…9f0e', storage: 'keychain' }
const demo: SessionInfo = { mode: 'demo', accountName: 'demo', tokenHint: null, storage: null }
const signedOut: SessionInfo = { mode: 'none', accountName: null, tokenHint: null, storage: null }

function input(overrides: Partial<TrayInput> & { value?: Partial<TrafficBalance> } = {}): TrayInput {
  const { value, ...rest } = overrides
  return {
    session: account,
    balance: { value: { remainingBytes: 37.4 * GB, expiresOn: '2026-12-31', ...value }, fetchedAt },
    error: null,
    lowBalanceGb: 1,
    now,
    platform: 'linux',
    ...rest,
  }
}

const labels = (view: ReturnType<typeof buildTrayView>) => view.menu.map((item) => item.label)
const item = (view: ReturnType<typeof buildTrayView>, id: string) => view.menu.find((i) => i.id === id)

describe('buildTrayView with a known balance', () => {
  it('puts the balance first, then expiry and update time, then the actions', () => {
    const view = buildTrayView(input())
    expect(labels(view)).toEqual([
      'Traffic left: 37.4 GB',
      'Expires 31 Dec 2026 (in 34 days)',
      'Updated 14:05',
      '',
      'Refresh now',
      'Copy link: save a preset in the app first',
      '',
      'Open Thordata Desktop',
      'Quit',
    ])
    expect(view.icon).toBe('normal')
  })

  it('shows information lines as disabled text and keeps every action clickable from the menu', () => {
    const view = buildTrayView(input())
    for (const id of ['balance', 'expiry', 'updated']) expect(item(view, id)?.enabled).toBe(false)
    for (const id of ['open', 'refresh', 'quit']) expect(item(view, id)?.enabled).toBe(true)
  })

  it('puts the balance in the macOS menu bar title only on macOS', () => {
    expect(buildTrayView(input({ platform: 'darwin' })).title).toBe('37.4 GB')
    expect(buildTrayView(input({ platform: 'linux' })).title).toBe('')
    expect(buildTrayView(input({ platform: 'win32' })).title).toBe('')
  })

  it('says when the value is from another day', () => {
    const yesterday = new Date(2026, 10, 26, 9, 3).toISOString()
    const view = buildTrayView({
      ...input(),
      balance: { value: { remainingBytes: GB, expiresOn: null }, fetchedAt: yesterday },
    })
    expect(item(view, 'updated')?.label).toBe('Updated 26 Nov, 09:03')
  })

  it('leaves out the expiry line when Thordata sends no date', () => {
    const view = buildTrayView(input({ value: { expiresOn: null } }))
    expect(item(view, 'expiry')).toBeUndefined()
    expect(view.icon).toBe('normal')
  })

  it('marks demo mode in the balance line and the tooltip', () => {
    const view = buildTrayView(input({ session: demo }))
    expect(view.menu[0].label).toBe('Traffic left: 37.4 GB (demo)')
    expect(view.tooltip.split('\n')[0]).toBe('Thordata Desktop (demo)')
  })

  it('carries the balance and expiry in the tooltip', () => {
    expect(buildTrayView(input()).tooltip).toBe(
      'Thordata Desktop\nTraffic left: 37.4 GB\nExpires 31 Dec 2026 (in 34 days)',
    )
  })
})

describe('buildTrayView low-balance state', () => {
  it('turns low under the warning level and says so in the menu', () => {
    const view = buildTrayView(input({ value: { remainingBytes: 0.5 * GB } }))
    expect(view.icon).toBe('low')
    expect(item(view, 'warning')?.label).toBe('Below your 1 GB warning level')
  })

  it('is not low exactly at the warning level', () => {
    expect(buildTrayView(input({ value: { remainingBytes: GB } })).icon).toBe('normal')
  })

  it('never warns about traffic when the level is 0', () => {
    const view = buildTrayView(input({ lowBalanceGb: 0, value: { remainingBytes: 0 } }))
    expect(view.icon).toBe('normal')
    expect(item(view, 'warning')).toBeUndefined()
  })

  it('turns low when the plan expires within 3 days, whatever traffic is left', () => {
    expect(buildTrayView(input({ value: { expiresOn: '2026-11-30' } })).icon).toBe('low')
    expect(buildTrayView(input({ value: { expiresOn: '2026-12-01' } })).icon).toBe('normal')
  })

  it('words near and past expiry dates', () => {
    const tomorrow = buildTrayView(input({ value: { expiresOn: '2026-11-28' } }))
    expect(item(tomorrow, 'expiry')?.label).toBe('Expires 28 Nov 2026 (tomorrow)')
    expect(item(tomorrow, 'warning')?.label).toBe('Renew soon to keep using the proxies')
    const today = buildTrayView(input({ value: { expiresOn: '2026-11-27' } }))
    expect(item(today, 'expiry')?.label).toBe('Expires today (27 Nov 2026)')
    const past = buildTrayView(input({ value: { expiresOn: '2026-11-20' } }))
    expect(item(past, 'expiry')?.label).toBe('Expired 20 Nov 2026')
    expect(item(past, 'warning')?.label).toBe('Renew your plan to keep using the proxies')
    expect(past.icon).toBe('low')
  })

  it('lists both warnings when traffic is low and the plan is expiring', () => {
    const view = buildTrayView(input({ value: { remainingBytes: 0, expiresOn: '2026-11-28' } }))
    expect(view.menu.filter((i) => i.id === 'warning')).toHaveLength(2)
  })
})

describe('buildTrayView errors and loading', () => {
  const offline = appError('network', 'Thordata could not be reached')

  it('keeps the last good value and says the refresh failed', () => {
    const view = buildTrayView(input({ error: offline }))
    expect(view.menu[0].label).toBe('Traffic left: 37.4 GB')
    expect(item(view, 'updated')?.label).toBe('Updated 14:05')
    expect(item(view, 'error')?.label).toBe('Could not refresh: Thordata could not be reached')
    expect(view.icon).toBe('error')
    expect(view.tooltip).toContain('showing the value from 14:05')
  })

  it('shows low rather than error when the last good value is low', () => {
    expect(buildTrayView(input({ error: offline, value: { remainingBytes: 0 } })).icon).toBe('low')
  })

  it('explains a first load that failed', () => {
    const view = buildTrayView({ ...input(), balance: null, error: offline })
    expect(labels(view).slice(0, 2)).toEqual(['Traffic left: unknown', 'Could not load: Thordata could not be reached'])
    expect(view.icon).toBe('error')
    expect(view.title).toBe('')
  })

  it('says it is loading before the first answer', () => {
    const view = buildTrayView({ ...input({ platform: 'darwin' }), balance: null })
    expect(view.menu[0].label).toBe('Traffic left: loading…')
    expect(view.icon).toBe('normal')
    expect(view.title).toBe('')
    expect(item(view, 'refresh')?.enabled).toBe(true)
  })
})

describe('buildTrayView signed out', () => {
  it('offers only open and quit and ignores any leftover balance', () => {
    const view = buildTrayView(input({ session: signedOut, platform: 'darwin' }))
    expect(view.icon).toBe('signed-out')
    expect(view.title).toBe('')
    expect(labels(view)).toEqual(['Not signed in', '', 'Open Thordata Desktop', 'Quit'])
  })
})

describe('buildTrayView tooltip length', () => {
  it('fits the Windows tooltip limit', () => {
    const long = appError('server', 'x'.repeat(300))
    const view = buildTrayView({ ...input({ platform: 'win32', error: long }), balance: null })
    const many = buildTrayView(input({ platform: 'win32', error: long, value: { remainingBytes: 0 } }))
    expect(view.tooltip.length).toBeLessThanOrEqual(127)
    expect(many.tooltip.length).toBeLessThanOrEqual(127)
    expect(many.tooltip.startsWith('Thordata Desktop\nTraffic left: 0 B')).toBe(true)
  })
})

describe('daysUntil', () => {
  it('counts calendar days from the local date, ignoring the time of day', () => {
    expect(daysUntil('2026-11-27', new Date(2026, 10, 27, 23, 59))).toBe(0)
    expect(daysUntil('2026-11-28', new Date(2026, 10, 27, 23, 59))).toBe(1)
    expect(daysUntil('2027-03-01', new Date(2026, 10, 27, 0, 1))).toBe(94)
    expect(daysUntil('2026-11-26', new Date(2026, 10, 27, 0, 0))).toBe(-1)
  })
})
