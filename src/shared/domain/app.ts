export interface AppInfo {
  name: string
  version: string
  platform: string
  /** False where the updater cannot run (development, the browser bridge, unpackaged builds). */
  updatesSupported: boolean
}

/** The updater's state machine as the renderer sees it (src/main/updater/machine.ts drives it). */
export type UpdaterStatus =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'up-to-date'; checkedAt: string }
  | { state: 'available'; version: string }
  | { state: 'downloading'; version: string; percent: number }
  | { state: 'ready'; version: string }
  | { state: 'error'; message: string }
  | { state: 'unsupported'; reason: string }
