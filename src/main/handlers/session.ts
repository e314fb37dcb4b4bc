import type { FiguresStore } from '../core/figures'
import type { Handlers } from '../ipc/dispatch'
import type { SessionService } from '../session/service'

export function sessionHandlers(session: SessionService, figures?: Pick<FiguresStore, 'get'>) {
  return {
    // The window's first call: it carries the last figures, so they are painted without another round trip.
    'session.get': async () => {
      const info = session.info()
      const cached = figures?.get(info)
      return cached ? { ...info, cached } : info
    },
    'session.connect': (input) => session.connect(input),
    'session.startDemo': () => session.startDemo(),
    'session.signOut': () => session.signOut(),
  } satisfies Partial<Handlers>
}
