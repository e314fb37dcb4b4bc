/** What decides whether this copy of the app can update itself (read in src/main/electron/updater.ts). */
export interface InstallFacts {
  packaged: boolean
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  /** process.windowsStore: the Microsoft Store updates it. */
  windowsStore: boolean
  /** electron-builder's `resources/package-type` (deb, rpm, pacman…) on Linux packages, else null. */
  packageType: string | null
  /** The packaged package.json's `thordataBuild.signed` (written by the build config), null when absent. */
  signed: boolean | null
}

export type UpdateBlocker =
  | { key: 'errors:updater.installedOnly' }
  | { key: 'errors:updater.store'; store: string }
  | { key: 'errors:updater.notInstalled' }
  | { key: 'errors:updater.unsignedMac' }

/** Linux packages electron-updater can replace itself (it asks for the administrator password for deb and rpm). */
const updatablePackages = new Set(['deb', 'rpm'])

/**
 * Why this copy cannot update itself, or null when it can: a development run, an install another updater owns
 * (a store, Snap, Flatpak, a distribution's package manager), a folder that was never installed, or an unsigned
 * macOS build (macOS installs signed updates only). Each blocker says why in Settings → About.
 */
export function updateBlocker(facts: InstallFacts): UpdateBlocker | null {
  if (!facts.packaged) return { key: 'errors:updater.installedOnly' }
  switch (facts.platform) {
    case 'win32':
      return facts.windowsStore ? { key: 'errors:updater.store', store: 'Microsoft Store' } : null
    case 'darwin':
      // Fails closed: a build that does not say it was signed is taken as unsigned.
      return facts.signed === true ? null : { key: 'errors:updater.unsignedMac' }
    case 'linux': {
      if (facts.env.SNAP) return { key: 'errors:updater.store', store: 'Snap' }
      if (facts.env.FLATPAK_ID) return { key: 'errors:updater.store', store: 'Flatpak' }
      if (facts.env.APPIMAGE) return null
      if (facts.packageType === null) return { key: 'errors:updater.notInstalled' }
      return updatablePackages.has(facts.packageType) ? null : { key: 'errors:updater.store', store: facts.packageType }
    }
    default:
      return { key: 'errors:updater.notInstalled' }
  }
}
