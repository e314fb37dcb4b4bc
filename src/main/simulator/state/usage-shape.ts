import { DAY_MS, formatDate, HOUR_MS, startOfDay } from '../time'
import { hashUnit, type Prng } from './prng'
import type { DailyUsage } from './types'

export interface UsageProfile {
  /** First day with traffic (ms, any time that day). */
  from: number
  /** Last day with traffic, inclusive; a day cut short by `recordedUntil` only counts its finished hours. */
  to: number
  /** Typical weekday traffic at the start of the series, MB. */
  baseMb: number
  /** Relative growth over the whole series: 0.6 ends 60 % above where it started. */
  growth: number
  /** Saturday/Sunday traffic relative to a weekday. */
  weekendFactor: number
  /** Stable key for the hour-of-day jitter (see hourWeights). */
  key: string
}

/**
 * A plausible daily traffic series in KB: weekday/weekend rhythm, slow growth, day-to-day noise, and the odd
 * campaign spike or quiet day. The last day is cut at `recordedUntil` so today reads as "so far".
 */
export function dailySeries(prng: Prng, profile: UsageProfile, recordedUntil: number): DailyUsage[] {
  const first = startOfDay(profile.from)
  const last = Math.min(startOfDay(profile.to), startOfDay(recordedUntil))
  const span = Math.max(1, (last - first) / DAY_MS)
  const out: DailyUsage[] = []
  for (let day = first; day <= last; day += DAY_MS) {
    const progress = (day - first) / DAY_MS / span
    const weekday = new Date(day).getUTCDay()
    const rhythm = weekday === 0 || weekday === 6 ? profile.weekendFactor : weekday === 1 ? 1.08 : 1
    let mb = profile.baseMb * (1 + profile.growth * progress) * rhythm * prng.range(0.82, 1.18)
    if (prng.chance(0.03)) mb *= prng.range(1.6, 2.4)
    else if (prng.chance(0.02)) mb *= prng.range(0.2, 0.5)
    const date = formatDate(day)
    const fullDayKb = mb * 1024
    out.push({ date, kb: Math.round(fullDayKb * finishedShare(profile.key, day, recordedUntil)) })
  }
  return out
}

/**
 * How a day's traffic spreads over its 24 UTC hours (sums to 1): quiet at night, busiest in the afternoon,
 * with per-day jitter. A pure function of key and day, so the hourly endpoint can split any stored day again.
 */
export function hourWeights(key: string, day: number): number[] {
  const date = formatDate(day)
  const raw = Array.from({ length: 24 }, (_, hour) => {
    const curve = 0.35 + 0.65 * Math.max(0, Math.sin((Math.PI * (hour - 5)) / 19))
    return curve * (0.8 + 0.4 * hashUnit(key, date, hour))
  })
  const total = raw.reduce((sum, w) => sum + w, 0)
  return raw.map((w) => w / total)
}

/** Share of a day's traffic that falls in hours already finished at `until`. */
export function finishedShare(key: string, day: number, until: number): number {
  if (day + DAY_MS <= until) return 1
  const weights = hourWeights(key, day)
  return weights.reduce((sum, w, hour) => (day + (hour + 1) * HOUR_MS <= until ? sum + w : sum), 0)
}
