import { DAY_MS, formatDate } from '../time'
import { MIXED_ALNUM, type Prng } from './prng'
import type { DailyUsage, SimProxyUser } from './types'
import { dailySeries } from './usage-shape'

/** How many days of master-account history the seed writes (a little over a year). */
export const HISTORY_DAYS = 400

interface UserPlan {
  username: string
  ageDays: number
  /** Days since the user last had traffic (0 = still active). */
  idleDays: number
  baseMb: number
  growth: number
  weekendFactor: number
  enabled: boolean
  /** Cap in MB given as a function of the user's total usage, so caps look chosen rather than random. */
  cap: (usedMb: number) => number
}

const roundUpTo = (value: number, step: number): number => Math.ceil(value / step) * step

// A small e-commerce/marketing business: a storefront scraper, an SEO team, a price monitor, a retired QA user,
// and a market-research user added three weeks ago.
const RESIDENTIAL: UserPlan[] = [
  {
    username: 'shop01',
    ageDays: 395,
    idleDays: 0,
    baseMb: 620,
    growth: 0.7,
    weekendFactor: 0.6,
    enabled: true,
    cap: () => 0,
  },
  {
    username: 'seoteam',
    ageDays: 290,
    idleDays: 0,
    baseMb: 260,
    growth: 0.4,
    weekendFactor: 0.35,
    enabled: true,
    cap: (used) => roundUpTo(used * 1.7, 10240),
  },
  {
    username: 'pricebot',
    ageDays: 205,
    idleDays: 0,
    baseMb: 300,
    growth: 0.25,
    weekendFactor: 0.9,
    enabled: true,
    cap: (used) => roundUpTo(used * 1.08, 1024),
  },
  {
    username: 'qatesting',
    ageDays: 160,
    idleDays: 45,
    baseMb: 45,
    growth: 0,
    weekendFactor: 0.1,
    enabled: false,
    cap: () => 5120,
  },
  {
    username: 'mktresearch',
    ageDays: 21,
    idleDays: 0,
    baseMb: 80,
    growth: 0.5,
    weekendFactor: 0.3,
    enabled: true,
    cap: () => 10240,
  },
]

const UNLIMITED: UserPlan[] = [
  {
    username: 'crawlfarm1',
    ageDays: 94,
    idleDays: 0,
    baseMb: 28000,
    growth: 0.3,
    weekendFactor: 0.85,
    enabled: true,
    cap: () => 0,
  },
  {
    username: 'socialops',
    ageDays: 61,
    idleDays: 0,
    baseMb: 7500,
    growth: 0.2,
    weekendFactor: 0.5,
    enabled: true,
    cap: () => 0,
  },
  {
    username: 'adverify9',
    ageDays: 38,
    idleDays: 0,
    baseMb: 3200,
    growth: 0.1,
    weekendFactor: 0.7,
    enabled: true,
    cap: (used) => roundUpTo(used * 2.5, 102400),
  },
]

function password(prng: Prng): string {
  return prng.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz') + prng.chars(prng.int(8, 11), MIXED_ALNUM)
}

function seedUser(prng: Prng, plan: UserPlan, now: number): SimProxyUser {
  const createdAt = now - plan.ageDays * DAY_MS
  const usage = dailySeries(
    prng,
    {
      from: createdAt,
      to: now - plan.idleDays * DAY_MS,
      baseMb: plan.baseMb,
      growth: plan.growth,
      weekendFactor: plan.weekendFactor,
      key: plan.username,
    },
    now,
  )
  const usedMb = usage.reduce((sum, d) => sum + d.kb, 0) / 1024
  return {
    username: plan.username,
    password: password(prng),
    enabled: plan.enabled,
    trafficLimitMb: plan.cap(usedMb),
    createdOn: formatDate(createdAt),
    usage,
  }
}

export function seedResidentialUsers(prng: Prng, now: number): SimProxyUser[] {
  return RESIDENTIAL.map((plan) => seedUser(prng, plan, now))
}

export function seedUnlimitedUsers(prng: Prng, now: number): SimProxyUser[] {
  return UNLIMITED.map((plan) => seedUser(prng, plan, now))
}

/**
 * The master account's history: everything its residential sub-users used plus traffic sent with the main
 * account's own credentials, so the sub-users' figures always add up to less than the account's.
 */
export function seedAccountUsage(prng: Prng, now: number, residential: SimProxyUser[]): DailyUsage[] {
  const own = dailySeries(
    prng,
    { from: now - (HISTORY_DAYS - 1) * DAY_MS, to: now, baseMb: 240, growth: 0.5, weekendFactor: 0.55, key: 'account' },
    now,
  )
  const byDate = new Map(own.map((d) => [d.date, d.kb]))
  for (const user of residential) {
    for (const day of user.usage) byDate.set(day.date, (byDate.get(day.date) ?? 0) + day.kb)
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, kb]) => ({ date, kb }))
}
