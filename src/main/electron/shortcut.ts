import { globalShortcut } from 'electron'
import type { ShortcutPort } from '../tray/shortcut-binding'

/** Electron's global shortcut registry as a port. An accelerator Electron cannot parse counts as refused. */
export function createElectronShortcutPort(): ShortcutPort {
  return {
    register(accelerator, run) {
      try {
        return globalShortcut.register(accelerator, run)
      } catch {
        return false
      }
    },
    unregister(accelerator) {
      globalShortcut.unregister(accelerator)
    },
  }
}
