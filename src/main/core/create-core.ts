import { join } from 'node:path'
import type { EventName, Events } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { createKeychainStore, createSessionStore } from '../credentials/store'
import { createHandlers, type HandlerDeps } from '../handlers'
import { setMainLanguage } from '../i18n'
import { createDispatcher } from '../ipc/dispatch'
import { createLogger, type Logger } from '../log/logger'
import { createSessionService } from '../session/service'
import { createStateStore } from '../settings/store'
import type { StartOptions } from '../simulator'
import { createThordataClient } from '../thordata'
import { createBalanceUnitService } from '../thordata/balance-unit-service'
import { clientConfigFor } from './client-config'
import { createEventBus } from './events'
import { createFiguresStore, figuresAccount } from './figures'
import type { PlatformPorts } from './ports'
import { createTraySource, type TraySource } from './tray-source'

export interface CoreOptions {
  userDataDir: string
  ports: PlatformPorts
  /** Is a page allowed to call main? (src/main/ipc/trust.ts) */
  trust: (senderUrl: string) => boolean
  log?: Logger
  fetch?: typeof fetch
  now?: () => Date
  /** Options for the simulator that demo mode runs (tests switch on its control endpoints). */
  demo?: StartOptions
  /** Keychain service name; tests use their own so they never touch a real user's entry. */
  keychainService?: string
  /** Pacing of batch whitelist adds and the clock it waits on (default 2 a second, real time). */
  whitelistBatch?: HandlerDeps['whitelistBatch']
}

export interface Core {
  dispatch(channel: string, input: unknown, sender: { url: string }): Promise<Result<unknown>>
  subscribe(listener: <E extends EventName>(name: E, payload: Events[E]) => void): () => void
  tray: Pick<TraySource, 'view' | 'subscribe' | 'refresh'>
  /** The simulator running behind demo mode, if any (for tests and the preview's fault switches). */
  demoSimulator(): { origin: string } | null
  start(): Promise<void>
  stop(): Promise<void>
}

/** Everything main does, wired together without Electron: the same core runs in the app, the tests and the bridge. */
export function createCore(options: CoreOptions): Core {
  const log = options.log ?? createLogger('main')
  const now = options.now ?? (() => new Date())
  const events = createEventBus()
  const figures = createFiguresStore({ file: join(options.userDataDir, 'figures.json'), now, log })
  // The account whose figures are kept; when it signs out, they go.
  let figuresOf: string | null = null
  const session = createSessionService({
    state: createStateStore(options.userDataDir, log),
    keychain: createKeychainStore(options.ports.keyring, options.keychainService),
    sessionStore: createSessionStore(),
    log,
    demo: options.demo,
    verify: async (credentials, settings) => {
      const probe = createThordataClient({
        config: () => clientConfigFor(settings, null),
        credentials: async () => credentials,
        fetch: options.fetch,
        log,
      })
      await probe.account.trafficBalance()
    },
    onChange: (info) => {
      if (info.mode === 'none') void figures.forget(figuresOf)
      figuresOf = figuresAccount(info)
      events.emit('session.changed', info)
      tray.follow()
    },
    onSettings: (settings) => {
      setMainLanguage(settings.language, options.ports.appInfo.locales ?? [])
      tray.expire()
      tray.retell()
    },
  })
  const balanceUnits = createBalanceUnitService({
    file: join(options.userDataDir, 'balance-unit.json'),
    setting: () => session.settings().balanceUnit,
    usageUnit: () => session.settings().usageUnit,
    account: () => (session.info().mode === 'account' ? session.info().accountName : null),
    now,
    log,
    onChange: () => {
      tray.expire()
      void figures.forget(figuresOf, 'trafficBalance')
      events.emit('data.invalidate', { scope: 'account' })
    },
  })
  const api = createThordataClient({
    config: () => balanceUnits.applyTo(clientConfigFor(session.settings(), session.simulator())),
    credentials: () => session.credentials(),
    fetch: options.fetch,
    log,
  })
  // Every balance and wallet figure fetched, by the window or the tray, is kept for the next start.
  const client: typeof api = {
    ...api,
    account: {
      ...api.account,
      trafficBalance: async (...args) => {
        const owner = figuresAccount(session.info())
        const value = await api.account.trafficBalance(...args)
        // Not for an account that signed out while it loaded.
        if (figuresAccount(session.info()) === owner) void figures.record(owner, 'trafficBalance', value)
        return value
      },
      walletBalance: async () => {
        const owner = figuresAccount(session.info())
        const value = await api.account.walletBalance()
        if (figuresAccount(session.info()) === owner) void figures.record(owner, 'walletBalance', value)
        return value
      },
    },
  }
  const tray = createTraySource({
    session,
    fetchBalance: () => client.account.trafficBalance(),
    platform: options.ports.appInfo.platform,
    now,
    onRefreshed: (balance) => events.emit('account.trafficBalance', balance),
    notify: options.ports.notify,
  })
  const dispatch = createDispatcher({
    handlers: createHandlers({
      session,
      client,
      ports: options.ports,
      events,
      tray,
      balanceUnits,
      figures,
      publicIp: {
        url: () => session.simulator()?.publicIpUrl ?? session.settings().publicIpUrl,
        fetch: options.fetch,
      },
      whitelistBatch: options.whitelistBatch,
    }),
    trust: options.trust,
    log,
  })
  const stopUpdaterEvents = options.ports.updater.onStatus((status) => events.emit('updater.status', status))

  return {
    dispatch,
    subscribe: (listener) => events.subscribe(listener),
    tray,
    demoSimulator: () => session.simulator(),
    async start() {
      await figures.load()
      await session.start()
      figuresOf = figuresAccount(session.info())
      await balanceUnits.load()
      tray.start()
    },
    async stop() {
      stopUpdaterEvents()
      tray.stop()
      await session.stop()
      await balanceUnits.flush()
      await figures.flush()
    },
  }
}
