import { type Channel, contract } from '@shared/ipc/contract'
import type { EventBus } from '../core/events'
import type { FiguresStore } from '../core/figures'
import type { PlatformPorts } from '../core/ports'
import type { Handlers } from '../ipc/dispatch'
import type { PresetsService } from '../presets/service'
import type { HandedOut } from '../proxy-test/handed-out'
import type { SessionService } from '../session/service'
import type { ThordataClient } from '../thordata'
import type { BalanceUnitService } from '../thordata/balance-unit-service'
import type { BatchConfig } from '../whitelist/batch-runner'
import type { PublicIpDeps } from '../whitelist/public-ip'
import { accountHandlers, type BalanceSink } from './account'
import { appHandlers } from './app'
import { cdkHandlers } from './cdk'
import { type EndpointHandlerDeps, endpointHandlers } from './endpoints'
import { extractHandlers } from './extract'
import { locationHandlers } from './locations'
import { presetHandlers } from './presets'
import { proxyUserHandlers } from './proxy-users'
import { sessionHandlers } from './session'
import { settingsHandlers } from './settings'
import { staticProxyHandlers } from './static-proxies'
import { unlimitedHandlers } from './unlimited'
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
  /** Named links and endpoints (src/main/presets), shared with the tray and the global shortcut. */
  presets: PresetsService
  /** The endpoint generator's copy and reveal, and the proxy tester (src/main/endpoints, src/main/proxy-test). */
  endpoints: EndpointHandlerDeps
  /** The entries extract tests returned, which the proxy tester may reach (the same object as endpoints' own). */
  handedOut: Pick<HandedOut, 'remember'>
}

/**
 * Notes when each call that changes account figures (its contract names `account` stale) finishes, whatever its
 * outcome (a lost answer may have charged too), so the account reads after it ask Thordata, not a tray poll.
 */
function markAccountWrites(handlers: Handlers, mark: () => void): Handlers {
  const marked = { ...handlers } as Record<Channel, (input: unknown) => Promise<unknown>>
  for (const channel of Object.keys(handlers) as Channel[]) {
    if (!contract[channel].invalidates.includes('account')) continue
    const handler = marked[channel]
    marked[channel] = (input) => handler(input).finally(mark)
  }
  return marked as Handlers
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
  presets,
  handedOut,
  endpoints,
}: HandlerDeps): Handlers {
  let lastAccountWrite = 0
  const table = {
    ...sessionHandlers(session, figures),
    ...accountHandlers(client, tray, balanceUnits, () => lastAccountWrite),
    ...locationHandlers(client),
    ...proxyUserHandlers(client),
    ...whitelistHandlers(client, publicIp, {
      ...whitelistBatch,
      progress: (progress) => events.emit('whitelist.batchProgress', progress),
    }),
    ...settingsHandlers(session, events),
    ...extractHandlers({ client, session, clipboard: ports.clipboard, handedOut }),
    ...staticProxyHandlers(client, ports.clipboard),
    ...unlimitedHandlers(client),
    ...cdkHandlers(client),
    ...presetHandlers(presets),
    ...endpointHandlers(endpoints),
    ...appHandlers(ports, session),
  } satisfies Handlers
  return markAccountWrites(table, () => {
    lastAccountWrite = Date.now()
  })
}
