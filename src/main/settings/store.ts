import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
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

export function createStateStore(dir: string, log: Logger): StateStore {
  const file = join(dir, 'settings.json')
  return {
    async load() {
      let raw: string
      try {
        raw = await readFile(file, 'utf8')
      } catch {
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
        const field = settingsSchema.shape[name as keyof AppSettings]
        if (field?.safeParse(value).success) Object.assign(settings, { [name]: value })
      }
      return { settings, mode: parsed.data.mode ?? 'none' }
    },
    async save(state) {
      await mkdir(dir, { recursive: true })
      const tmp = `${file}.${process.pid}.tmp`
      await writeFile(tmp, `${JSON.stringify({ version: 1, ...state }, null, 2)}\n`, { mode: 0o600 })
      await rename(tmp, file)
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
