import type { EventBus } from '../core/events'
import type { PlatformPorts } from '../core/ports'
import type { Handlers } from '../ipc/dispatch'
import type { SessionService } from '../session/service'
import type { ThordataClient } from '../thordata'
import type { PublicIpDeps } from '../whitelist/public-ip'
import { accountHandlers, type BalanceSink } from './account'
import { appHandlers } from './app'
import { locationHandlers } from './locations'
import { proxyUserHandlers } from './proxy-users'
import { sessionHandlers } from './session'
import { settingsHandlers } from './settings'
import { whitelistHandlers } from './whitelist'

export interface HandlerDeps {
  session: SessionService
  client: ThordataClient
  ports: PlatformPorts
  events: EventBus
  /** Every balance the renderer fetches also updates the tray, so the two never disagree. */
  tray: BalanceSink
  publicIp: PublicIpDeps
}

/** The handler table: one function per contract channel. `satisfies` makes a missing channel a compile error. */
export function createHandlers({ session, client, ports, events, tray, publicIp }: HandlerDeps): Handlers {
  return {
    ...sessionHandlers(session),
    ...accountHandlers(client, tray),
    ...locationHandlers(client),
    ...proxyUserHandlers(client),
    ...whitelistHandlers(client, publicIp),
    ...settingsHandlers(session, events),
    ...appHandlers(ports),
  } satisfies Handlers
}
