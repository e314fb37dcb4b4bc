import { defaultSettings, settingsSchema } from '@shared/domain/settings'
import { AppErrorException } from '@shared/errors'
import type { EventBus } from '../core/events'
import type { Handlers } from '../ipc/dispatch'
import { validationError } from '../ipc/dispatch'
import type { SessionService } from '../session/service'

export function settingsHandlers(session: SessionService, events: EventBus) {
  const apply = async (next: unknown) => {
    const parsed = settingsSchema.safeParse(next)
    if (!parsed.success) throw new AppErrorException(validationError(parsed.error))
    const saved = await session.updateSettings(parsed.data)
    // Host or units changed: every figure on screen may be stale.
    events.emit('data.invalidate', { scope: 'all' })
    return saved
  }
  return {
    'settings.get': async () => session.settings(),
    'settings.update': (patch) => apply({ ...session.settings(), ...patch }),
    'settings.reset': () => apply(defaultSettings),
  } satisfies Partial<Handlers>
}
