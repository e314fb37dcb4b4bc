/**
 * Traffic amounts travel through the app in bytes. Thordata reports MB, KB or bytes depending on the endpoint;
 * main converts once (src/main/thordata/units.ts) and everything else formats from bytes with these helpers.
 */
export type TrafficUnit = 'B' | 'KB' | 'MB' | 'GB'

/** Thordata counts in binary multiples (1 MB = 1024 KB), as its dashboard does. */
export const unitBytes: Record<TrafficUnit, number> = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
}

export function toBytes(value: number, unit: TrafficUnit): number {
  return Math.round(value * unitBytes[unit])
}

export function fromBytes(bytes: number, unit: TrafficUnit): number {
  return bytes / unitBytes[unit]
}

const ladder: TrafficUnit[] = ['B', 'KB', 'MB', 'GB']

/** "1.5 GB", "320 MB", "0 B". Picks the largest unit that keeps the number at or above 1; TB above 1024 GB. */
export function formatBytes(bytes: number, options: { digits?: number } = {}): string {
  if (!Number.isFinite(bytes)) return '—'
  const sign = bytes < 0 ? '-' : ''
  let value = Math.abs(bytes)
  if (value >= 1024 ** 4) {
    return `${sign}${trim(value / 1024 ** 4, options.digits ?? 2)} TB`
  }
  let unit: TrafficUnit = 'B'
  for (const candidate of ladder) {
    if (value >= unitBytes[candidate]) unit = candidate
  }
  value /= unitBytes[unit]
  return `${sign}${trim(value, unit === 'B' ? 0 : (options.digits ?? (value >= 100 ? 0 : value >= 10 ? 1 : 2)))} ${unit}`
}

function trim(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits })
}
