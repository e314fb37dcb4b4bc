import { type ByteUnit, formatNumber, inUnit, unitFor } from './format'

/**
 * Round axis ticks: 0 / 1 / 2 / 3, never 0 / 0.95 / 1.9 / 2.85. The step is 1, 2 or 5 times a power of ten, the
 * first tick is 0 and the last the first multiple of the step at or above `max`, in at most `maxIntervals` steps.
 */
export function niceTicks(max: number, maxIntervals = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1]
  const top = max
  const intervals = Math.max(1, Math.floor(maxIntervals))
  const step = niceStep(top / intervals)
  const count = Math.max(1, Math.ceil(top / step - 1e-9))
  const decimals = decimalsOf(step)
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(decimals)))
}

/** The smallest 1, 2 or 5 × 10^k at or above `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw))
  for (const factor of [1, 2, 5, 10]) {
    const step = factor * power
    if (step >= raw * (1 - 1e-12)) return Number(step.toPrecision(12))
  }
  return 10 * power
}

/** Digits after the point a tick step needs (0.5 → 1, 20 → 0). */
export function decimalsOf(step: number): number {
  return step >= 1 ? 0 : Math.ceil(-Math.log10(step) - 1e-9)
}

export interface ByteAxis {
  unit: ByteUnit
  /** In `unit`. */
  ticks: number[]
  /** The axis reading of a tick (already in `unit`): "1.5 GB". */
  formatTick: (value: number) => string
}

/** A traffic axis for these values (bytes): one unit, round ticks in it, labels at the steps' precision. */
export function byteAxis(values: readonly number[], maxIntervals = 4): ByteAxis {
  const unit = unitFor(values)
  const max = Math.max(0, ...values.map((value) => inUnit(value, unit)))
  const ticks = niceTicks(max, maxIntervals)
  const digits = decimalsOf(ticks[1] - ticks[0])
  return { unit, ticks, formatTick: (value) => `${formatNumber(value, digits)} ${unit}` }
}

/** A plain-number axis (requests, users): round ticks and labels at the steps' precision. */
export function numberAxis(values: readonly number[], maxIntervals = 4) {
  const ticks = niceTicks(Math.max(0, ...values), maxIntervals)
  const digits = decimalsOf(ticks[1] - ticks[0])
  return { ticks, formatTick: (value: number) => formatNumber(value, digits) }
}
