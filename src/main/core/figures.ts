import { rm } from 'node:fs/promises'
import type { CachedFigures, FigureName } from '@shared/domain/figures'
import type { SessionInfo } from '@shared/domain/session'
import type { Logger } from '../log/logger'
import { readFilePatiently, safeJson, writeFileAtomic } from '../settings/atomic-file'

interface FiguresFile {
  version: 1
  /** By account name. Only real accounts: the demo's figures are simulated and come back at once. */
  accounts: Record<string, CachedFigures>
}

const names: FigureName[] = ['trafficBalance', 'walletBalance']

function parse(text: string): FiguresFile {
  const data = safeJson(text) as Partial<FiguresFile> | null
  if (data?.version !== 1 || typeof data.accounts !== 'object' || data.accounts === null) {
    return { version: 1, accounts: {} }
  }
  const accounts: Record<string, CachedFigures> = {}
  for (const [account, figures] of Object.entries(data.accounts)) {
    const kept: CachedFigures = {}
    for (const name of names) {
      const figure = (figures as CachedFigures)?.[name]
      if (figure && typeof figure.fetchedAt === 'string' && typeof figure.value === 'object') {
        ;(kept as Record<FigureName, unknown>)[name] = { value: figure.value, fetchedAt: figure.fetchedAt }
      }
    }
    accounts[account] = kept
  }
  return { version: 1, accounts }
}

/**
 * Where the demo's figures are kept: the simulator's account opens as fast as a real one. Not a possible account
 * name (those have no spaces or brackets), so it never shares an entry with one.
 */
export const DEMO_FIGURES = '(demo account)'

/** The account whose figures these are; null for no session. */
export const figuresAccount = (info: SessionInfo): string | null =>
  info.mode === 'demo' ? DEMO_FIGURES : info.mode === 'account' && info.accountName ? info.accountName : null

/**
 * The last balance, expiry and wallet main fetched, per account, in the user-data folder (figures.json), so the
 * window opens on them at once, and offline. Written atomically after each new figure; an account's figures go
 * when it signs out (and the file with the last of them).
 */
export function createFiguresStore(options: { file: string; now: () => Date; log: Logger }) {
  let data: FiguresFile = { version: 1, accounts: {} }
  let writing: Promise<void> = Promise.resolve()

  const persist = () => {
    const snapshot = JSON.stringify(data)
    const empty = Object.keys(data.accounts).length === 0
    writing = writing
      .then(() => (empty ? rm(options.file, { force: true }) : writeFileAtomic(options.file, snapshot)))
      .catch((cause) => options.log.warn('could not save the last figures', cause))
    return writing
  }

  return {
    async load() {
      try {
        data = parse(await readFilePatiently(options.file))
      } catch {
        data = { version: 1, accounts: {} }
      }
    },
    /** What the window paints first for this session; undefined when nothing is kept. */
    get(info: SessionInfo): CachedFigures | undefined {
      const account = figuresAccount(info)
      const figures = account ? data.accounts[account] : undefined
      return figures && Object.keys(figures).length > 0 ? figures : undefined
    },
    /** Keeps a figure just fetched for `account` (taken before the request, so a late answer lands on its own). */
    record<N extends FigureName>(account: string | null, name: N, value: NonNullable<CachedFigures[N]>['value']) {
      if (!account) return Promise.resolve()
      const figures = data.accounts[account] ?? {}
      data.accounts[account] = { ...figures, [name]: { value, fetchedAt: options.now().toISOString() } }
      return persist()
    },
    /** Forgets one figure (its meaning changed, e.g. the balance unit), or all of an account's (sign out). */
    forget(account: string | null, name?: FigureName) {
      if (!account || !data.accounts[account]) return Promise.resolve()
      if (name) {
        const { [name]: _gone, ...rest } = data.accounts[account]
        data.accounts[account] = rest
      } else {
        delete data.accounts[account]
      }
      return persist()
    },
    /** Resolves when every write so far is on disk. */
    flush: () => writing,
  }
}
export type FiguresStore = ReturnType<typeof createFiguresStore>
