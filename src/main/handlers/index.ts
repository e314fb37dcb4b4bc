import type { EventBus } from '../core/events'
import type { FiguresStore } from '../core/figures'
import type { PlatformPorts } from '../core/ports'
import type { Handlers } from '../ipc/dispatch'
import type { SessionService } from '../session/service'
import type { ThordataClient } from '../thordata'
import type { BalanceUnitService } from '../thordata/balance-unit-service'
import type { BatchConfig } from '../whitelist/batch-runner'
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
  /** The automatic balance unit: sees each balance and usage report the window loads. */
  balanceUnits: BalanceUnitService
  /** The last figures kept on disk, handed to the window with the session (src/main/core/figures.ts). */
  figures?: Pick<FiguresStore, 'get'>
  /** Pacing of a batch whitelist add (default 2 a second), and the clock and sleep it waits with. */
  whitelistBatch?: { config?: () => BatchConfig; now?: () => number; sleep?: (ms: number) => Promise<void> }
}

/** The handler table: one function per contract channel. `satisfies` makes a missing channel a compile error. */
export function createHandlers({
  session,
  client,
  ports,
  events,
  tray,
  publicIp,
  whitelistBatch,
  balanceUnits,
  figures,
}: HandlerDeps): Handlers {
  return {
    ...sessionHandlers(session, figures),
    ...accountHandlers(client, tray, balanceUnits),
    ...locationHandlers(client),
    ...proxyUserHandlers(client),
    ...whitelistHandlers(client, publicIp, {
      ...whitelistBatch,
      progress: (progress) => events.emit('whitelist.batchProgress', progress),
    }),
    ...settingsHandlers(session, events),
    ...appHandlers(ports, session),
  } satisfies Handlers
}
