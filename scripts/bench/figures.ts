import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * One bench figure, as written to out/bench.json (an array of these, in the order measured):
 *
 *   { "name": "Initial renderer JS (gzip)", "value": 151.2, "unit": "KB", "target": "<= 160", "met": true }
 *
 * - `name`: stable across runs, so two bench.json files can be compared figure by figure.
 * - `value`: a number in `unit` (KB, ms, ×, requests), rounded to 2 decimals.
 * - `target`: `"<op> <number>"` with op one of `<`, `<=`, `=`, `>=`, `>` (in the same unit), or null for a figure
 *   that is context for another (e.g. the two timings whose ratio has the target).
 * - `met`: whether `value` meets `target`; null when there is no target.
 */
export interface Figure {
  name: string
  value: number
  unit: string
  target: string | null
  met: boolean | null
}

const comparators: Record<string, (value: number, bound: number) => boolean> = {
  '<': (v, b) => v < b,
  '<=': (v, b) => v <= b,
  '=': (v, b) => v === b,
  '>=': (v, b) => v >= b,
  '>': (v, b) => v > b,
}

export function meets(value: number, target: string): boolean {
  const match = /^(<=|>=|<|>|=)\s*(-?\d+(?:\.\d+)?)$/.exec(target.trim())
  if (!match) throw new Error(`Bad bench target "${target}": write e.g. "<= 1.5"`)
  return comparators[match[1]](value, Number(match[2]))
}

export function figure(name: string, value: number, unit: string, target: string | null = null): Figure {
  const rounded = Math.round(value * 100) / 100
  return { name, value: rounded, unit, target, met: target === null ? null : meets(rounded, target) }
}

export async function writeFigures(path: string, figures: Figure[]) {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(figures, null, 2)}\n`)
}

/** The table printed at the end of a run: every figure, its target and MISSED where it is not met. */
export function printFigures(figures: Figure[]) {
  console.table(
    Object.fromEntries(
      figures.map((f) => [
        f.name,
        { value: `${f.value} ${f.unit}`, target: f.target ?? '—', met: f.met === null ? '' : f.met ? 'met' : 'MISSED' },
      ]),
    ),
  )
}
