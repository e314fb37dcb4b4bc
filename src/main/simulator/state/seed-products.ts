import { DAY_MS, formatDate, HOUR_MS, MINUTE_MS, toUnixSeconds } from '../time'
import { CDK_VALIDITY_SECONDS } from './plans'
import { createPrng, LOWER_ALNUM, MIXED_ALNUM, type Prng } from './prng'
import type { SimCdk, SimState, StaticProxy, UnlimitedServer } from './types'

const lowerId = (prng: Prng, length: number): string =>
  prng.chars(1, 'abcdefghijklmnopqrstuvwxyz') + prng.chars(length - 1, LOWER_ALNUM)

/** Whole minutes, as the dashboard shows purchase times. */
const toMinute = (ms: number): number => Math.floor(ms / MINUTE_MS) * MINUTE_MS

/**
 * IPs come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), so the
 * demo never shows someone's real address. The caller's own IP (`publicIp`) is on the unlimited list but not on
 * the residential one: the residential extract link answers 117 until the user adds it ("Add my current IP").
 */
export function seedWhitelist(now: number, publicIp: string): Pick<SimState, 'whitelist' | 'whitelistLimits'> {
  const on = (daysAgo: number): string => formatDate(now - daysAgo * DAY_MS)
  return {
    whitelist: {
      1: [
        { ip: '198.51.100.23', enabled: true, createdOn: on(388) },
        { ip: '198.51.100.24', enabled: true, createdOn: on(388) },
        { ip: '2001:db8:85a3::8a2e:370:7334', enabled: true, createdOn: on(142) },
        { ip: '192.0.2.44', enabled: false, createdOn: on(97) },
        { ip: '203.0.113.5', enabled: true, createdOn: on(12) },
      ],
      2: [
        { ip: publicIp, enabled: true, createdOn: on(93) },
        { ip: '198.51.100.23', enabled: true, createdOn: on(93) },
      ],
      9: [{ ip: '192.0.2.10', enabled: true, createdOn: on(30) }],
    },
    whitelistLimits: { 1: 20, 2: 10, 9: 5 },
  }
}

interface StaticPlan {
  ip: string
  port: number
  country: string
  city: string
  ageDays: number
  termDays: number
}

const ISP: StaticPlan[] = [
  { ip: '198.51.100.20', port: 6666, country: 'US', city: 'Dallas', ageDays: 24, termDays: 30 },
  { ip: '198.51.100.21', port: 6666, country: 'US', city: 'Los Angeles', ageDays: 24, termDays: 30 },
  { ip: '198.51.100.57', port: 6666, country: 'US', city: 'New York', ageDays: 80, termDays: 90 },
  { ip: '203.0.113.140', port: 6666, country: 'GB', city: 'London', ageDays: 11, termDays: 30 },
  { ip: '203.0.113.141', port: 6666, country: 'DE', city: 'Frankfurt am Main', ageDays: 41, termDays: 60 },
  { ip: '203.0.113.198', port: 6666, country: 'JP', city: 'Tokyo', ageDays: 3, termDays: 30 },
]

const DATACENTER: StaticPlan[] = [
  { ip: '192.0.2.101', port: 7777, country: 'US', city: 'Ashburn', ageDays: 15, termDays: 30 },
  { ip: '192.0.2.102', port: 7777, country: 'US', city: 'Ashburn', ageDays: 15, termDays: 30 },
  { ip: '192.0.2.150', port: 7777, country: 'NL', city: 'Amsterdam', ageDays: 52, termDays: 60 },
  { ip: '192.0.2.201', port: 7777, country: 'SG', city: 'Singapore', ageDays: 6, termDays: 30 },
]

function seedStatic(prng: Prng, now: number, plans: StaticPlan[], prefix: string): StaticProxy[] {
  return plans.map((plan) => {
    const purchasedAt = toMinute(now - plan.ageDays * DAY_MS - prng.int(0, 20) * HOUR_MS)
    return {
      ip: plan.ip,
      port: plan.port,
      username: `${prefix}_${lowerId(prng, 6)}`,
      password: prng.chars(10, MIXED_ALNUM),
      country: plan.country,
      city: plan.city,
      purchasedAt,
      expiresAt: purchasedAt + plan.termDays * DAY_MS,
    }
  })
}

// Still listed three days after it ran out, as the dashboard keeps it until it is renewed or released.
const LAPSED_ISP: StaticPlan[] = [
  { ip: '198.51.100.58', port: 6666, country: 'US', city: 'Chicago', ageDays: 33, termDays: 30 },
]

export function seedStaticProxies(prng: Prng, now: number): SimState['staticProxies'] {
  const isp = seedStatic(prng, now, ISP, 'isp')
  const dc = seedStatic(prng, now, DATACENTER, 'dc')
  // Its own stream, so adding it left every other seeded value (servers, codes) as it was.
  return { 1: [...isp, ...seedStatic(createPrng(0x15b), now, LAPSED_ISP, 'isp')], 2: dc }
}

interface ServerPlan {
  region: string
  ip: string
  svId: number
  bwId: number
  ageDays: number
  /** Negative: already expired. */
  daysLeft: number
  bound: string[]
}

// One healthy server, one that runs out in three days, and one that expired last week (extract answers 121).
// The wallet covers renewing the expiring one for 30 days twice, not three times.
const SERVERS: ServerPlan[] = [
  {
    region: 'na-siliconvalley',
    ip: '198.51.100.80',
    svId: 2,
    bwId: 4,
    ageDays: 94,
    daysLeft: 27.3,
    bound: ['crawlfarm1', 'socialops'],
  },
  { region: 'eu-frankfurt', ip: '198.51.100.81', svId: 5, bwId: 2, ageDays: 57, daysLeft: 2.6, bound: ['adverify9'] },
  { region: 'ap-singapore', ip: '203.0.113.90', svId: 5, bwId: 1, ageDays: 36, daysLeft: -6.2, bound: [] },
]

export function seedServers(prng: Prng, now: number, orderNumber: () => number): UnlimitedServer[] {
  return SERVERS.map((plan) => {
    const purchasedAt = toMinute(now - plan.ageDays * DAY_MS)
    return {
      insId: `ins-${lowerId(prng, 8)}`,
      planName: `${lowerId(prng, 8)}.proxy.thordata.net`,
      orderId: `Thor${orderNumber()}`,
      region: plan.region,
      ip: plan.ip,
      svId: plan.svId,
      bwId: plan.bwId,
      purchasedAt,
      expiresAt: toMinute(now + plan.daysLeft * DAY_MS),
      restartingUntil: null,
      boundUsers: plan.bound.map((username, i) => ({ username, boundAt: purchasedAt + (i * 9 + 1) * HOUR_MS })),
    }
  })
}

/** Gift codes handed to partners: three waiting, two redeemed, two taken back. */
export function seedCdks(prng: Prng, now: number): SimCdk[] {
  const plans: Array<{ status: 1 | 2 | 3; ageDays: number; gb: number; usedBy?: string; usedAfterDays?: number }> = [
    { status: 1, ageDays: 2, gb: 5 },
    { status: 1, ageDays: 9, gb: 5 },
    { status: 1, ageDays: 16, gb: 10 },
    { status: 2, ageDays: 34, gb: 2, usedBy: 'buyer01', usedAfterDays: 1.4 },
    { status: 2, ageDays: 51, gb: 3, usedBy: 'growthlab22', usedAfterDays: 6.2 },
    { status: 3, ageDays: 44, gb: 5 },
    { status: 3, ageDays: 70, gb: 1 },
  ]
  return plans.map((plan) => {
    const createdMs = now - plan.ageDays * DAY_MS - prng.int(0, 86_399) * 1000
    return {
      cdk: prng.chars(16, MIXED_ALNUM),
      status: plan.status,
      createdAt: toUnixSeconds(createdMs),
      trafficGb: plan.gb,
      durationSeconds: CDK_VALIDITY_SECONDS,
      usedBy: plan.usedBy ?? '',
      usedAt: plan.usedAfterDays === undefined ? 0 : toUnixSeconds(createdMs + plan.usedAfterDays * DAY_MS),
    }
  })
}
