import type { GlobalShortcutSetting } from '@shared/domain/shortcut'

/** The OS's global shortcut registry (Electron's globalShortcut); a fake in tests. */
export interface ShortcutPort {
  /** False when another application holds the accelerator (or the OS refuses it). */
  register(accelerator: string, run: () => void): boolean
  unregister(accelerator: string): void
}

export interface ShortcutBindingOptions {
  port: ShortcutPort
  onPress: () => void
  /** The accelerator could not be registered: tell the user, once per attempt. */
  onUnavailable: (accelerator: string) => void
}

/** Keeps the registered global shortcut in step with its setting: off by default, one accelerator at a time. */
export function createShortcutBinding(options: ShortcutBindingOptions) {
  let bound: string | null = null
  let refused: string | null = null
  return {
    apply(setting: GlobalShortcutSetting) {
      const wanted = setting.enabled ? setting.accelerator : null
      if (wanted === bound || (wanted !== null && wanted === refused)) return
      if (bound) options.port.unregister(bound)
      bound = null
      refused = null
      if (!wanted) return
      if (options.port.register(wanted, options.onPress)) bound = wanted
      else {
        refused = wanted
        options.onUnavailable(wanted)
      }
    },
    bound: () => bound,
    dispose() {
      if (bound) options.port.unregister(bound)
      bound = null
    },
  }
}
