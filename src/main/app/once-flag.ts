import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** Remembers across launches that something happened once (e.g. the "still running in the tray" notice). */
export function createOnceFlag(file: string) {
  return {
    seen: () => existsSync(file),
    /** Best effort: returns false when the flag could not be written (the notice then shows again next time). */
    mark(): boolean {
      try {
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, `${new Date().toISOString()}\n`)
        return true
      } catch {
        return false
      }
    },
  }
}
