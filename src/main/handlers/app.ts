import { AppErrorException, appError } from '@shared/errors'
import { openExternalSafe } from '../app/links'
import type { PlatformPorts } from '../core/ports'
import type { Handlers } from '../ipc/dispatch'
import type { SessionService } from '../session/service'
import { refusal } from '../updater/machine'

export function appHandlers(ports: PlatformPorts, session: Pick<SessionService, 'settingsNotice'>) {
  return {
    'app.info': async () => ({
      name: ports.appInfo.name,
      version: ports.appInfo.version,
      platform: ports.appInfo.platform,
      updatesSupported: ports.updater.status().state !== 'unsupported',
      settingsNotice: session.settingsNotice(),
    }),
    'app.openExternal': ({ url }) => openExternalSafe(url, (safe) => ports.links.open(safe)),
    'app.copyText': async ({ text }) => {
      await ports.clipboard.writeText(text)
    },
    'updater.status': async () => ports.updater.status(),
    'updater.check': () => ports.updater.check(),
    'updater.download': () => ports.updater.download(),
    // Said, not swallowed: "Restart now" with nothing downloaded (another window installed it, an error since)
    // answers why instead of a button that spins until the app quits.
    'updater.install': async () => {
      const reason = refusal(ports.updater.status(), 'install')
      if (reason) throw new AppErrorException(appError('conflict', reason))
      ports.updater.install()
    },
  } satisfies Partial<Handlers>
}
