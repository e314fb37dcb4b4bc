import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import type { SettingsNotice } from '@shared/domain/app'
import { type AppSettings, defaultSettings, settingsSchema } from '@shared/domain/settings'
import { type AppError, AppErrorException, appError } from '@shared/errors'
import { en } from '@shared/i18n/en'
import { z } from 'zod'
import { t } from '../i18n'
import type { Logger } from '../log/logger'
import { readFilePatiently, safeJson, writeFileAtomic } from './atomic-file'

/**
 * Non-secret state kept between launches in <userData>/settings.json: the user's settings and which mode the
 * app was in. Credentials are never here; they are in the OS keychain (src/main/credentials).
 */
export interface PersistedState {
  settings: AppSettings
  mode: 'none' | 'demo' | 'account'
}

export interface LoadedState extends PersistedState {
  /** Why the file was not used as it was, for the window to say once; null when it loaded normally. */
  notice: SettingsNotice | null
  /** False when `mode` is a default rather than read from a file (first launch, file lost or moved aside). */
  modeFromFile: boolean
  /** Set when saves are refused for this launch (a newer version's file, or one that could not be moved aside). */
  readOnly: AppError | null
}

/** The few file operations the store uses, injectable so tests can make one of them fail. */
export type StoreFs = Pick<typeof nodeFs, 'mkdir' | 'readFile' | 'rename' | 'rm' | 'open' | 'lstat'>

export interface StoreOptions {
  fs?: StoreFs
  now?: () => Date
  /** Waits between retries of a held file; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>
}

/** 2: version 1 saved every setting, so its `balanceUnit: 'MB'` may be the old default (see `migrate`). */
const FILE_VERSION = 2
const modes = ['none', 'demo', 'account'] as const

const fileSchema = z.object({
  version: z.union([z.literal(1), z.literal(FILE_VERSION)]),
  settings: z.record(z.string(), z.unknown()).optional(),
  mode: z.enum(modes).optional(),
})

export interface StateStore {
  load(): Promise<LoadedState>
  save(state: PersistedState): Promise<void>
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? ''
const isMissing = (error: unknown) => codeOf(error) === 'ENOENT'

/** The English text, for tests; the error itself is in the language of the moment it is made. */
export const newerVersionMessage = en.errors.settings.newerVersion

export function createStateStore(dir: string, log: Logger, options: StoreOptions = {}): StateStore {
  const fs = options.fs ?? nodeFs
  const now = options.now ?? (() => new Date())
  const file = join(dir, 'settings.json')
  let writes: Promise<unknown> = Promise.resolve()
  let readOnly: AppError | null = null

  async function write(state: PersistedState) {
    if (readOnly) throw new AppErrorException(readOnly)
    const text = `${JSON.stringify({ version: FILE_VERSION, ...state }, null, 2)}\n`
    await writeFileAtomic(file, text, { fs, log, sleep: options.sleep })
  }

  /** A free `settings.broken-<time>.json` next to the file (a suffix when two breaks share a second). */
  async function brokenName(): Promise<string> {
    const stamp = `${now().toISOString().slice(0, 19).replace(/:/g, '-')}Z`
    for (let n = 1; ; n++) {
      const candidate = join(dir, `settings.broken-${stamp}${n > 1 ? `-${n}` : ''}.json`)
      try {
        await fs.lstat(candidate)
      } catch (error) {
        if (isMissing(error)) return candidate
        throw error
      }
    }
  }

  const defaults = (notice: SettingsNotice | null): LoadedState => ({
    settings: { ...defaultSettings },
    mode: 'none',
    notice,
    modeFromFile: false,
    readOnly,
  })

  /** The file is unusable: rename it out of the way (a directory too) so the next save starts clean. */
  async function setAside(problem: string, cause?: unknown): Promise<LoadedState> {
    try {
      const movedTo = await brokenName()
      await fs.rename(file, movedTo)
      log.warn(`settings.json ${problem}; moved it to ${movedTo} and started from default settings`, cause)
      return defaults({ kind: 'moved-aside', movedTo })
    } catch (error) {
      const reason = `${file} ${problem} and could not be moved aside (${codeOf(error) || 'unknown error'})`
      readOnly = appError('conflict', t('errors:settings.unwritable', { reason }), { retryable: false })
      log.warn(`${reason}; running on default settings without saving them`, cause)
      return defaults({ kind: 'unwritable', reason })
    }
  }

  /** A newer version's file: use what this version understands of it, and never write over it. */
  function newer(data: Record<string, unknown>, version: number): LoadedState {
    readOnly = appError('conflict', t('errors:settings.newerVersion'), { retryable: false })
    log.warn(`settings.json was written by a newer version (file version ${version}); using it read-only`)
    const mode = modes.find((m) => m === data.mode)
    return {
      settings: knownSettings(data.settings),
      mode: mode ?? 'none',
      notice: { kind: 'newer-version', version },
      modeFromFile: mode !== undefined,
      readOnly,
    }
  }

  async function load(): Promise<LoadedState> {
    let raw: string
    try {
      raw = await readFilePatiently(file, { fs, sleep: options.sleep })
    } catch (error) {
      if (isMissing(error)) return defaults(null)
      // Unreadable (held for longer than a moment, EISDIR for a folder in its place…): keep it, never overwrite it.
      return setAside(`could not be read (${codeOf(error) || 'unknown error'})`, error)
    }
    const data = safeJson(raw)
    const version = isRecord(data) ? data.version : undefined
    if (isRecord(data) && typeof version === 'number' && Number.isFinite(version) && version > FILE_VERSION) {
      return newer(data, version)
    }
    const parsed = fileSchema.safeParse(data)
    if (!parsed.success) return setAside('is not a settings file this version understands')
    return {
      settings: knownSettings(migrate(parsed.data.version, parsed.data.settings)),
      mode: parsed.data.mode ?? 'none',
      notice: null,
      modeFromFile: true,
      readOnly: null,
    }
  }

  return {
    async load() {
      try {
        return await load()
      } catch (error) {
        // Nothing about this file may stop the app from starting: the window and IPC must come up either way.
        readOnly = appError('conflict', t('errors:settings.notThisLaunch'), {
          retryable: false,
        })
        log.error('could not load settings.json; running on default settings without saving them', error)
        return defaults({
          kind: 'unwritable',
          reason: `${file} could not be checked (${codeOf(error) || 'unknown error'})`,
        })
      }
    },
    /** Saves run one after another, each through its own temporary file, so the last one wins whole. */
    save(state) {
      const next = writes.then(
        () => write(state),
        () => write(state),
      )
      writes = next.catch(() => undefined)
      return next
    },
  }
}

/**
 * Version 1 wrote the whole settings object, so every such file holds `balanceUnit: 'MB'`, the default before the
 * automatic check. It cannot be told apart from MB chosen by hand; taken as the old default, the check applies.
 */
function migrate(version: number, saved: Record<string, unknown> | undefined) {
  if (version === 1 && saved?.balanceUnit === 'MB') return { ...saved, balanceUnit: 'auto' }
  return saved
}

/** Each setting is checked on its own, so one bad value falls back to its default without losing the rest. */
function knownSettings(saved: unknown): AppSettings {
  const settings = { ...defaultSettings }
  if (!isRecord(saved)) return settings
  for (const [name, value] of Object.entries(saved)) {
    if (!Object.hasOwn(settingsSchema.shape, name)) continue
    if (settingsSchema.shape[name as keyof AppSettings].safeParse(value).success) {
      Object.assign(settings, { [name]: value })
    }
  }
  return settings
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
