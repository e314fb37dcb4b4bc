import { fromBytes, type TrafficUnit, toBytes, unitBytes } from '@shared/traffic'

export type LimitUnit = Extract<TrafficUnit, 'MB' | 'GB'>
export const limitUnits: LimitUnit[] = ['MB', 'GB']

export interface LimitAmount {
  /** NumberInput reports '' while the field is empty. */
  amount: number | string
  unit: LimitUnit
}

/** How a stored limit appears in the form: in GB when it is a round figure of them, otherwise in MB. */
export function limitAmount(bytes: number): LimitAmount {
  if (bytes === 0) return { amount: 0, unit: 'GB' }
  if (bytes >= unitBytes.GB && Number.isInteger((bytes * 100) / unitBytes.GB)) {
    return { amount: fromBytes(bytes, 'GB'), unit: 'GB' }
  }
  return { amount: Math.round(fromBytes(bytes, 'MB') * 100) / 100, unit: 'MB' }
}

/** NaN for an empty or unreadable amount, so the schema says "Enter a traffic limit". */
export function limitBytes({ amount, unit }: LimitAmount): number {
  const value = typeof amount === 'number' ? amount : amount.trim() === '' ? Number.NaN : Number(amount)
  return Number.isFinite(value) ? toBytes(value, unit) : Number.NaN
}
