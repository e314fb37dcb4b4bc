import { type BalanceUnitCheck, type BalanceUnitStatus, DOCUMENTED_BALANCE_UNIT } from '@shared/domain/balance-unit'
import type { AppSettings } from '@shared/domain/settings'
import { type TrafficUnit, unitBytes } from '@shared/traffic'
import { z } from 'zod'
import type { Logger } from '../log/logger'
import { type AtomicFs, readFilePatiently, safeJson, writeFileAtomic } from '../settings/atomic-file'
import { type BalanceFigure, detectBalanceUnit, type UsageFigure } from './balance-unit'
import type { ThordataConfig } from './config'

export interface BalanceUnitDeps {
  /** <userData>/balance-unit.json: what each account's last check found, so a restart starts right. */
  file: string
  setting: () => AppSettings['balanceUnit']
  usageUnit: () => TrafficUnit
  /** The connected account's name; null when signed out or in demo mode (the simulator follows the docs). */
  account: () => string | null
  now?: () => Date
  /** Injectable so tests can make a file operation fail. */
  fs?: AtomicFs
  log: Logger
  /**
   * The applied unit or the verdict changed: the Settings notice is stale, and when `unitChanged` the balance
   * figures read in the old unit are too.
   */
  onChange: (change: { unitChanged: boolean }) => void
}

interface Entry {
  /** The unit of the last pair that matched; kept through a later mismatch. */
  unit: TrafficUnit | null
  check: BalanceUnitCheck
}

const unitSchema = z.enum(['B', 'KB', 'MB', 'GB'])
const figure = z.object({ value: z.number(), at: z.string() })
const entrySchema = z.object({
  unit: unitSchema.nullable(),
  check: z.object({
    verdict: z.enum(['match', 'mismatch']),
    unit: unitSchema.nullable(),
    balance: figure,
    usage: figure.extend({ unit: unitSchema }),
  }),
})

/** Each account's entry, read one by one (a z.record would assign `__proto__` instead of keeping it). */
function readEntries(json: unknown): [string, Entry][] | null {
  const file = json as { version?: unknown; accounts?: unknown } | null
  if (typeof file !== 'object' || file === null || file.version !== 1) return null
  if (typeof file.accounts !== 'object' || file.accounts === null) return null
  const read: [string, Entry][] = []
  for (const [account, value] of Object.entries(file.accounts)) {
    const entry = entrySchema.safeParse(value)
    if (!entry.success) return null
    read.push([account, entry.data])
  }
  return read
}

// The client hands figures over in whole bytes; this many decimals of each unit undo that rounding (0.5 B each).
const decimals: Record<TrafficUnit, number> = { B: 0, KB: 3, MB: 6, GB: 9 }
const raw = (bytes: number, unit: TrafficUnit) => Number((bytes / unitBytes[unit]).toFixed(decimals[unit]))

/**
 * The automatic balance unit: watches the balance and the usage report as the Account tab loads them (no request
 * of its own), compares each pair for the connected account, and keeps what it found per account on disk.
 */
export function createBalanceUnitService(deps: BalanceUnitDeps) {
  const now = deps.now ?? (() => new Date())
  // A Map, not an object: account names are user input and `__proto__` is a valid one.
  const entries = new Map<string, Entry>()
  let seen: { account: string; balance?: BalanceFigure; usage?: UsageFigure } | null = null
  let writes: Promise<unknown> = Promise.resolve()

  const found = (account: string | null) => (account ? (entries.get(account)?.unit ?? null) : null)

  function applied(): TrafficUnit {
    const setting = deps.setting()
    return setting === 'auto' ? (found(deps.account()) ?? DOCUMENTED_BALANCE_UNIT) : setting
  }

  function write() {
    const text = `${JSON.stringify({ version: 1, accounts: Object.fromEntries(entries) }, null, 2)}\n`
    return writeFileAtomic(deps.file, text, { fs: deps.fs, log: deps.log })
  }

  function save() {
    const next = writes.then(write, write)
    writes = next.catch((cause) => deps.log.warn('could not save the balance-unit finding', cause))
  }

  function compare() {
    if (!seen?.balance || !seen.usage) return
    const verdict = detectBalanceUnit(seen.balance, seen.usage)
    if (verdict.kind === 'undecided') return
    const before = entries.get(seen.account)
    const beforeApplied = applied()
    const check: BalanceUnitCheck = {
      verdict: verdict.kind,
      unit: verdict.kind === 'match' ? verdict.unit : null,
      balance: { value: seen.balance.value, at: new Date(seen.balance.at).toISOString() },
      usage: { ...seen.usage, at: new Date(seen.usage.at).toISOString() },
    }
    entries.set(seen.account, { unit: check.unit ?? before?.unit ?? null, check })
    save()
    if (before?.check.verdict !== check.verdict || before.check.unit !== check.unit || applied() !== beforeApplied) {
      deps.log.info(`balance unit check: ${check.verdict}${check.unit ? ` (${check.unit})` : ''}`)
      deps.onChange({ unitChanged: applied() !== beforeApplied })
    }
  }

  function observe(part: { balance: BalanceFigure } | { usage: UsageFigure }) {
    const account = deps.account()
    if (!account) return
    if (seen?.account !== account) seen = { account }
    Object.assign(seen, part)
    compare()
  }

  return {
    async load() {
      let text: string
      try {
        text = await readFilePatiently(deps.file, { fs: deps.fs })
      } catch (error) {
        if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT') deps.log.warn('balance-unit.json unreadable', error)
        return
      }
      const read = readEntries(safeJson(text))
      // Only a cache of checks: a bad file is ignored and the next pair of figures finds the unit again.
      if (!read) return deps.log.warn('balance-unit.json is not readable; checking again')
      for (const [account, entry] of read) entries.set(account, entry)
    },

    /** The unit to read /account/traffic-balance in, for the connected account, right now. */
    unit: applied,

    /** The client's config with the found unit for the connected account; demo mode and signed out unchanged. */
    applyTo(config: ThordataConfig): ThordataConfig {
      return deps.account() ? { ...config, balanceUnit: applied() } : config
    },

    /** A balance read in `readIn`; returns the unit it should be read in after the check. */
    sawBalance(remainingBytes: number, readIn: TrafficUnit): TrafficUnit {
      observe({ balance: { value: raw(remainingBytes, readIn), at: now().getTime() } })
      return applied()
    },

    sawUsage(remainingBytes: number) {
      const usageUnit = deps.usageUnit()
      observe({ usage: { value: raw(remainingBytes, usageUnit), unit: usageUnit, at: now().getTime() } })
    },

    status(): BalanceUnitStatus {
      const setting = deps.setting()
      const account = deps.account()
      const check = account ? (entries.get(account)?.check ?? null) : null
      const source = !account ? 'demo' : setting !== 'auto' ? 'manual' : found(account) ? 'found' : 'documented'
      return { setting, applied: account ? applied() : DOCUMENTED_BALANCE_UNIT, source, check }
    },

    /** Resolves once every started write is on disk (tests, shutdown). */
    flush: () => writes,
  }
}
export type BalanceUnitService = ReturnType<typeof createBalanceUnitService>
