/**
 * Unlimited proxy server plans: the machine sizes (`sv_id`) and bandwidths (`bw_id`) of reference §7.5,
 * the renewal periods (`package_id`) of §7.4, and the simulator's price list (Thordata publishes none in the API docs).
 */
export interface MachineSize {
  label: string
  /** Orders sizes for "is this an upgrade"; the ids themselves are not in size order. */
  rank: number
  monthlyPrice: number
}

export const MACHINE_SIZES: Record<number, MachineSize> = {
  5: { label: '8vCPU 16GiB', rank: 1, monthlyPrice: 20 },
  2: { label: '16vCPU 32GiB', rank: 2, monthlyPrice: 40 },
  3: { label: '32vCPU 64GiB', rank: 3, monthlyPrice: 80 },
  4: { label: '64vCPU 128GiB', rank: 4, monthlyPrice: 160 },
}

/** bw_id 1..9 → 200..1000 Mbps. */
export function bandwidthMbps(bwId: number): number | null {
  return Number.isInteger(bwId) && bwId >= 1 && bwId <= 9 ? 100 + bwId * 100 : null
}

export function bandwidthLabel(bwId: number): string {
  return `${bandwidthMbps(bwId)}Mbps`
}

const bandwidthMonthlyPrice = (bwId: number): number => 19.9 + (bwId - 1) * 15

export function monthlyPrice(svId: number, bwId: number): number {
  return MACHINE_SIZES[svId].monthlyPrice + bandwidthMonthlyPrice(bwId)
}

export interface RenewalPackage {
  days: number
  /** Multiplier on the pro-rata price: short periods cost more per day, long ones less. */
  priceFactor: number
}

export const RENEWAL_PACKAGES: Record<number, RenewalPackage> = {
  27: { days: 1, priceFactor: 1.3 },
  6: { days: 7, priceFactor: 1.15 },
  8: { days: 30, priceFactor: 1 },
  7: { days: 60, priceFactor: 0.95 },
}

export const roundMoney = (amount: number): number => Math.round(amount * 100) / 100

export function renewalPrice(svId: number, bwId: number, pkg: RenewalPackage): number {
  return roundMoney(((monthlyPrice(svId, bwId) * pkg.days) / 30) * pkg.priceFactor)
}

/** How long the traffic in a CDK stays valid once redeemed: 90 days (the reference's 7776000). */
export const CDK_VALIDITY_SECONDS = 90 * 86_400
