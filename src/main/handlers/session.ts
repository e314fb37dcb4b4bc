import type { Handlers } from '../ipc/dispatch'
import type { SessionService } from '../session/service'

export function sessionHandlers(session: SessionService) {
  return {
    'session.get': async () => session.info(),
    'session.connect': (input) => session.connect(input),
    'session.startDemo': () => session.startDemo(),
    'session.signOut': () => session.signOut(),
  } satisfies Partial<Handlers>
}
