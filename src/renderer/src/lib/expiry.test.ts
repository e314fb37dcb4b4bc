import { describe, expect, it } from 'vitest'
import { expiryOf, expirySortValue, SOON_DAYS, tallyExpiry } from './expiry'

const now = Date.parse('2026-12-01T12:00:00Z')
const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString()

describe('expiryOf', () => {
  it('counts whole days left, so "1 day left" is never under 24 hours', () => {
    expect(expiryOf(at(47), now)).toMatchObject({ state: 'soon', days: 1 })
    expect(expiryOf(at(48), now)).toMatchObject({ state: 'soon', days: 2 })
    expect(expiryOf(at(5), now)).toMatchObject({ state: 'soon', days: 0 })
  })

  it('says "today" only for the rest of this calendar day; under a day that ends tomorrow is not today', () => {
    const noon = new Date(2026, 11, 1, 12).getTime()
    const local = (hour: number, day = 1) => new Date(2026, 11, day, hour).toISOString()
    expect(expiryOf(local(22), noon)).toMatchObject({ days: 0, endsToday: true })
    expect(expiryOf(local(9, 2), noon)).toMatchObject({ days: 0, endsToday: false })
    expect(expiryOf(local(13, 2), noon)).toMatchObject({ days: 1, endsToday: false })
  })

  it('is soon under a week and ok from a week on', () => {
    expect(expiryOf(at(SOON_DAYS * 24 - 1), now).state).toBe('soon')
    expect(expiryOf(at(SOON_DAYS * 24), now)).toMatchObject({ state: 'ok', days: SOON_DAYS })
  })

  it('is expired from the minute it passes, counting days since', () => {
    expect(expiryOf(at(0), now)).toMatchObject({ state: 'expired', days: 0 })
    expect(expiryOf(at(-1), now)).toMatchObject({ state: 'expired', days: 0 })
    expect(expiryOf(at(-73), now)).toMatchObject({ state: 'expired', days: 3 })
  })

  it('has no state without a readable date', () => {
    expect(expiryOf(null, now)).toMatchObject({ state: 'unknown', days: null })
    expect(expiryOf('soon', now)).toMatchObject({ state: 'unknown', days: null })
  })
})

describe('expirySortValue and tallyExpiry', () => {
  it('sorts the soonest first and the undated last', () => {
    const dates = [at(100), null, at(-5), at(2)]
    const sorted = [...dates].sort((a, b) => expirySortValue(a) - expirySortValue(b))
    expect(sorted).toEqual([at(-5), at(2), at(100), null])
  })

  it('counts expired, soon and ok, leaving out the undated', () => {
    expect(tallyExpiry([at(-5), at(2), at(3), at(24 * 30), null], now)).toEqual({ expired: 1, soon: 2, ok: 1 })
  })
})
