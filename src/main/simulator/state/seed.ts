import type { ApiCredentials } from '../../credentials/types'
import { DAY_MS, formatDate } from '../time'
import { createPrng } from './prng'
import { seedCdks, seedServers, seedStaticProxies, seedWhitelist } from './seed-products'
import { seedAccountUsage, seedResidentialUsers, seedUnlimitedUsers } from './seed-users'
import type { SimState } from './types'

export const DEFAULT_SEED = 20_240_611
/** From the documentation range 203.0.113.0/24: what /whoami reports and the extract links check. */
export const DEFAULT_PUBLIC_IP = '203.0.113.77'

export interface SeedOptions {
  /** Epoch ms the account is built around: usage runs up to it, expiries count from it. */
  now: number
  seed: number
  credentials: ApiCredentials
}

/**
 * A small business's account, the same for the same seed and `now`: 37.4 GB of residential traffic left that
 * expires in 40 days, $125.50 in the wallet, 400 days of usage, five residential and three unlimited sub-users,
 * whitelists for each product, ISP and datacenter IPs, three unlimited servers and a few gift codes.
 */
export function seedState({ now, seed, credentials }: SeedOptions): SimState {
  const prng = createPrng(seed)
  const residential = seedResidentialUsers(prng, now)
  const unlimited = seedUnlimitedUsers(prng, now)
  let orderNumber = 4_810_000 + prng.int(0, 9_999)
  const nextOrder = (): number => {
    orderNumber += prng.int(3, 400)
    return orderNumber
  }
  const servers = seedServers(prng, now, nextOrder)
  return {
    credentials: { ...credentials },
    publicIp: DEFAULT_PUBLIC_IP,
    trafficBalanceMb: 38297.6,
    trafficExpiresOn: formatDate(now + 40 * DAY_MS),
    walletBalance: 125.5,
    usageRecordedUntil: now,
    accountUsage: seedAccountUsage(prng, now, residential),
    proxyUsers: { 1: residential, 2: unlimited, 3: [] },
    proxyUserLimits: { 1: 20, 2: 10, 3: 5 },
    ...seedWhitelist(now, DEFAULT_PUBLIC_IP),
    staticProxies: seedStaticProxies(prng, now),
    servers,
    cdks: seedCdks(prng, now),
    lastExtractAt: { residential: null, unlimited: null },
    nextOrderNumber: nextOrder() + 1,
  }
}
