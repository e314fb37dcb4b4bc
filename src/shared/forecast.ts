import { daysBetween, type UsageDay } from './domain/account'

/** The average is taken over the last this-many full days (today, still under way, excluded). */
export const FORECAST_WINDOW_DAYS = 14
/** Fewer full days of history than this and the forecast says so instead of guessing. */
export const FORECAST_MIN_DAYS = 3
/**
 * The usage report the forecast reads: the last 30 days, today included. It is the Account tab's default range
 * (src/renderer/src/lib/usage.ts), so the tray's report and the tab's chart are one request.
 */
export const FORECAST_USAGE_DAYS = 30
// A forecast further out than this is "lasts past it" for any plan; it also keeps the date arithmetic finite.
const MAX_DAYS = 36_500

export interface ForecastInput {
  remainingBytes: number
  expiresOn: string | null
  /** Daily records of a report ending today (or later); days Thordata left out count as 0. */
  days: readonly UsageDay[]
  /** The report's all-time total: more than its days add up to means the account was used before them. */
  totalUsedBytes?: number
  /** yyyy-mm-dd, local. */
  today: string
}

interface Rate {
  /** Average use per day over `windowDays` full days. */
  dailyBytes: number
  windowDays: number
  /** Whole days the traffic lasts at that rate, from today. */
  lastsDays: number
  /** The day it runs out: today + lastsDays. */
  runsOutOn: string
}

export type Forecast =
  | { kind: 'empty' }
  | { kind: 'expired'; expiresOn: string }
  /** Not enough full days with records to average: `days` of them so far. */
  | { kind: 'shortHistory'; days: number }
  /** Nothing used in the window: at this rate it never runs out. */
  | { kind: 'noUse'; windowDays: number }
  /** Runs out on `runsOutOn`, `beforeExpiryDays` days before the expiry date (null: no expiry date known). */
  | ({ kind: 'runsOut'; expiresOn: string | null; beforeExpiryDays: number | null } & Rate)
  /** Lasts until the expiry date or beyond: the plan ends first. */
  | ({ kind: 'pastExpiry'; expiresOn: string } & Rate)

export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** How many full days of the window have history, and what they used. */
function history(input: ForecastInput) {
  const windowStart = addDays(input.today, -FORECAST_WINDOW_DAYS)
  let used = 0
  let usedBefore = 0
  let usedToday = 0
  let firstUse: string | null = null
  for (const day of input.days) {
    if (day.usedBytes <= 0) continue
    if (day.date < windowStart) usedBefore += day.usedBytes
    else if (day.date < input.today) used += day.usedBytes
    else {
      usedToday += day.usedBytes
      continue
    }
    if (firstUse === null || day.date < firstUse) firstUse = day.date
  }
  const listed = usedBefore + used + usedToday
  const earlier = usedBefore > 0 || (input.totalUsedBytes ?? 0) > listed
  const days = earlier
    ? FORECAST_WINDOW_DAYS
    : firstUse === null
      ? 0
      : Math.min(FORECAST_WINDOW_DAYS, daysBetween(firstUse, input.today))
  return { used, days, everUsed: earlier || listed > 0 }
}

/** At the recent daily use, when does the traffic run out, and is that before the plan expires? */
export function forecastRunway(input: ForecastInput): Forecast {
  const { remainingBytes, expiresOn, today } = input
  if (expiresOn && expiresOn < today) return { kind: 'expired', expiresOn }
  if (remainingBytes <= 0) return { kind: 'empty' }
  const seen = history(input)
  if (!seen.everUsed) return { kind: 'noUse', windowDays: FORECAST_WINDOW_DAYS }
  if (seen.days < FORECAST_MIN_DAYS) return { kind: 'shortHistory', days: seen.days }
  if (seen.used === 0) return { kind: 'noUse', windowDays: seen.days }
  const dailyBytes = seen.used / seen.days
  const lastsDays = Math.min(MAX_DAYS, Math.floor(remainingBytes / dailyBytes))
  const rate: Rate = { dailyBytes, windowDays: seen.days, lastsDays, runsOutOn: addDays(today, lastsDays) }
  if (expiresOn && rate.runsOutOn >= expiresOn) return { kind: 'pastExpiry', expiresOn, ...rate }
  return {
    kind: 'runsOut',
    expiresOn,
    beforeExpiryDays: expiresOn ? daysBetween(rate.runsOutOn, expiresOn) : null,
    ...rate,
  }
}

/** True when the forecast runs out (before the plan ends) in fewer than `warningDays` days; 0 = never. */
export function forecastWarns(forecast: Forecast, warningDays: number): boolean {
  return warningDays > 0 && forecast.kind === 'runsOut' && forecast.lastsDays < warningDays
}
