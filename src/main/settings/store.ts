import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type AppSettings, defaultSettings, settingsSchema } from '@shared/domain/settings'
import { z } from 'zod'
import type { Logger } from '../log/logger'

/**
 * Non-secret state kept between launches in <userData>/settings.json: the user's settings and which mode the
 * app was in. Credentials are never here; they are in the OS keychain (src/main/credentials).
 */
export interface PersistedState {
  settings: AppSettings
  mode: 'none' | 'demo' | 'account'
}

const fileSchema = z.object({
  version: z.literal(1),
  settings: z.record(z.string(), z.unknown()).optional(),
  mode: z.enum(['none', 'demo', 'account']).optional(),
})

export interface StateStore {
  load(): Promise<PersistedState>
  save(state: PersistedState): Promise<void>
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'
// Windows: an antivirus or indexer holding the file briefly makes rename fail with EPERM/EBUSY.
const isBusy = (error: unknown) => ['EPERM', 'EBUSY', 'EACCES'].includes((error as NodeJS.ErrnoException)?.code ?? '')

export function createStateStore(dir: string, log: Logger): StateStore {
  const file = join(dir, 'settings.json')
  let writes: Promise<unknown> = Promise.resolve()
  let counter = 0

  async function write(state: PersistedState) {
    await mkdir(dir, { recursive: true })
    const tmp = `${file}.${process.pid}.${++counter}.tmp`
    await writeFile(tmp, `${JSON.stringify({ version: 1, ...state }, null, 2)}\n`, { mode: 0o600 })
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(tmp, file)
        return
      } catch (error) {
        if (!isBusy(error) || attempt >= 4) {
          await rm(tmp, { force: true })
          throw error
        }
        await new Promise((done) => setTimeout(done, 50 * (attempt + 1)))
      }
    }
  }

  return {
    async load() {
      let raw: string
      try {
        raw = await readFile(file, 'utf8')
      } catch (error) {
        // Only a missing file means a first launch; an unreadable one must not be overwritten by defaults.
        if (!isMissing(error)) throw error
        return { settings: { ...defaultSettings }, mode: 'none' }
      }
      const parsed = fileSchema.safeParse(safeJson(raw))
      if (!parsed.success) {
        log.warn('settings.json is unreadable; starting from defaults')
        return { settings: { ...defaultSettings }, mode: 'none' }
      }
      // Each setting is checked on its own, so one bad value falls back to its default without losing the rest.
      const settings = { ...defaultSettings }
      for (const [name, value] of Object.entries(parsed.data.settings ?? {})) {
        if (!Object.hasOwn(settingsSchema.shape, name)) continue
        if (settingsSchema.shape[name as keyof AppSettings].safeParse(value).success) {
          Object.assign(settings, { [name]: value })
        }
      }
      return { settings, mode: parsed.data.mode ?? 'none' }
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

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}
