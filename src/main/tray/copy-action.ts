import type { PresetKind, PresetSummary } from '@shared/domain/presets'
import { toAppError } from '@shared/errors'
import { t } from '../i18n'
import type { Logger } from '../log/logger'

/** What the tray and the shortcut need of the presets service (src/main/presets/service.ts). */
export interface PresetCopier {
  list(): PresetSummary[]
  copy(id?: string): Promise<{ kind: PresetKind; name: string }>
}

export interface CopyActionOptions {
  presets: PresetCopier
  /** A system notification: the only feedback the tray and a global shortcut have. */
  notify: (title: string, body: string) => void
  log?: Logger
}

/**
 * Copies a preset's link or endpoint (no id: the default one) and says so in a notification once the clipboard
 * holds it; a failure says why instead. Used by the tray's "Copy link" items and by the global shortcut.
 */
export function createCopyAction(options: CopyActionOptions) {
  return async (id?: string): Promise<void> => {
    try {
      const { kind, name } = await options.presets.copy(id)
      options.notify(
        t('tray:copied.title', { name }),
        t(kind === 'extract' ? 'tray:copied.link' : 'tray:copied.endpoint'),
      )
    } catch (error) {
      const reason = toAppError(error, t('tray:copied.noDefault'))
      options.log?.warn(`Copy from the tray or shortcut failed: ${reason.message}`)
      options.notify(t('tray:copied.failedTitle'), reason.message)
    }
  }
}
