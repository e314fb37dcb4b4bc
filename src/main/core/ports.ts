/**
 * What the core needs from the operating system. Electron provides these in src/main/electron/*;
 * the browser bridge (e2e, preview) and the tests provide plain-Node versions. Nothing in the core imports electron.
 */
import type { AppInfo, UpdaterStatus } from '@shared/domain/app'

export interface ClipboardPort {
  writeText(text: string): Promise<void> | void
}

export interface ExternalLinksPort {
  /** Only ever called with a URL that passed the https check in src/main/app/links.ts. */
  open(url: string): Promise<void>
}

export interface UpdaterPort {
  status(): UpdaterStatus
  check(): Promise<UpdaterStatus>
  download(): Promise<UpdaterStatus>
  /** Quits and installs a downloaded update. */
  install(): void
  onStatus(listener: (status: UpdaterStatus) => void): () => void
}

/** @napi-rs/keyring's AsyncEntry, reduced to what the credential store uses (so tests can pass the real module). */
export interface KeyringEntry {
  getPassword(): Promise<string | null | undefined>
  setPassword(password: string): Promise<void>
  deletePassword(): Promise<boolean>
}
export type KeyringFactory = (service: string, account: string) => KeyringEntry

/** The machine going to sleep and waking up (Electron's powerMonitor). Each returns its unsubscribe. */
export interface PowerPort {
  onSuspend(listener: () => void): () => void
  onResume(listener: () => void): () => void
}

/** Whether the machine is online, and when that changes (Electron's net.isOnline and the OS's events). */
export interface NetworkPort {
  isOnline(): boolean
  onChange(listener: (online: boolean) => void): () => void
}

export interface PlatformPorts {
  appInfo: Omit<AppInfo, 'updatesSupported' | 'settingsNotice'> & {
    /** The system's preferred languages, best first (BCP 47): main speaks the first it knows when set to "system". */
    locales?: readonly string[]
  }
  clipboard: ClipboardPort
  links: ExternalLinksPort
  updater: UpdaterPort
  /** null when no keychain library could be loaded at all. */
  keyring: KeyringFactory | null
  /** A system notification (the low-balance warning); absent where there is no notification centre. */
  notify?: (title: string, body: string) => void
  /** Pauses the tray's polls while the machine sleeps or is offline; absent = always awake and online. */
  power?: PowerPort
  network?: NetworkPort
}
