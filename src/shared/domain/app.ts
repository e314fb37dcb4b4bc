export interface AppInfo {
  name: string
  version: string
  platform: string
  /** False where the updater cannot run (development, the browser bridge, unpackaged builds). */
  updatesSupported: boolean
  /** Set when settings.json could not be used as it was at this launch, so the window can say so once. */
  settingsNotice: SettingsNotice | null
}

/** Why the settings file was not used as-is (src/main/settings/store.ts). */
export type SettingsNotice =
  /** It could not be read or understood: it was renamed to `movedTo` and the app started from defaults. */
  | { kind: 'moved-aside'; movedTo: string }
  /** A newer Thordata Desktop wrote it: it is used read-only and never overwritten. */
  | { kind: 'newer-version'; version: number }
  /** It could not be read nor moved aside: the app runs on defaults and saves nothing. `reason` is a sentence. */
  | { kind: 'unwritable'; reason: string }

/** The updater's state machine as the renderer sees it (src/main/updater/machine.ts drives it). */
export type UpdaterStatus =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'up-to-date'; checkedAt: string }
  /** `notes`: the release notes as plain text (the feed may send HTML or a list per version), or null. */
  | { state: 'available'; version: string; notes: string | null }
  | { state: 'downloading'; version: string; notes: string | null; percent: number }
  /** Installs on "Restart now", or by itself when the app quits. */
  | { state: 'ready'; version: string; notes: string | null }
  | { state: 'error'; message: string }
  | { state: 'unsupported'; reason: string }
