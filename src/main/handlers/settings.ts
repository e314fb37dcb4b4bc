import { defaultSettings, settingsSchema } from '@shared/domain/settings'
import { AppErrorException } from '@shared/errors'
import type { EventBus } from '../core/events'
import type { Handlers } from '../ipc/dispatch'
import { validationError } from '../ipc/dispatch'
import type { SessionService } from '../session/service'

export function settingsHandlers(session: SessionService, _events?: EventBus) {
  const apply = async (next: unknown) => {
    const parsed = settingsSchema.safeParse(next)
    if (!parsed.success) throw new AppErrorException(validationError(parsed.error))
    // What a new host or unit makes stale is declared on the channel (contract.ts) and applied by the window.
    return session.updateSettings(parsed.data)
  }
  return {
    'settings.get': async () => session.settings(),
    'settings.update': (patch) => apply({ ...session.settings(), ...patch }),
    // Presets are the user's work, not preferences: a reset keeps them.
    'settings.reset': () => {
      const { presets, defaultPresetId } = session.settings()
      return apply({ ...defaultSettings, presets, defaultPresetId })
    },
  } satisfies Partial<Handlers>
}
