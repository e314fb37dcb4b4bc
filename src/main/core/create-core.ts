import { join } from 'node:path'
import type { AppSettings } from '@shared/domain/settings'
import type { EventName, Events } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { createKeychainStore, createSessionStore } from '../credentials/store'
import { endpointDeps } from '../endpoints/deps'
import { endpointText } from '../endpoints/endpoint-text'
import { createHandlers, type HandlerDeps } from '../handlers'
import { readTrafficBalance } from '../handlers/account'
import { setMainLanguage } from '../i18n'
import { createDispatcher } from '../ipc/dispatch'
import { createLogger, type Logger } from '../log/logger'
import { createPresetsService, type PresetsService } from '../presets/service'
import { createHandedOut } from '../proxy-test/handed-out'
import { createSessionService } from '../session/service'
import { createStateStore } from '../settings/store'
import type { StartOptions } from '../simulator'
import { createThordataClient } from '../thordata'
import { createBalanceUnitService } from '../thordata/balance-unit-service'
import type { PollerTimers } from '../tray/balance-poller'
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
  /** The tray poller's timers (the bench runs a simulated hour on its own clock). */
  trayTimers?: PollerTimers
  /** Called after each settings change (main's shortcut follows its setting). */
  onSettings?: (settings: AppSettings) => void
  /** The proxy tester's deadline, clock and (for tests that must stay offline) which proxies it may reach. */
  proxyTest?: Pick<HandlerDeps['endpoints']['proxyTest'], 'timeoutMs' | 'now' | 'allowHop'>
}

export interface Core {
  dispatch(channel: string, input: unknown, sender: { url: string }): Promise<Result<unknown>>
  subscribe(listener: <E extends EventName>(name: E, payload: Events[E]) => void): () => void
  tray: Pick<TraySource, 'view' | 'subscribe' | 'refresh'>
  /** The current settings (close to tray, the global shortcut). */
  settings(): AppSettings
  /** Named extract links and endpoints: the tray's "Copy link" items and the global shortcut copy them. */
  presets: Pick<PresetsService, 'list' | 'copy'>
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
  // The session the tray last started over for (everything but the account-name verdict).
  let trayFollows: string | null = null
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
      // An account-name verdict (a 118, or a link that works again) is news for the window only: the tray keeps
      // polling as it was, and its alerts do not start over.
      const { accountNameRejected: _verdict, ...who } = info
      const key = JSON.stringify(who)
      if (key !== trayFollows) tray.follow()
      trayFollows = key
    },
    onSettings: (settings) => {
      setMainLanguage(settings.language, options.ports.appInfo.locales ?? [])
      tray.expire()
      tray.retell()
      options.onSettings?.(settings)
    },
  })
  const balanceUnits = createBalanceUnitService({
    file: join(options.userDataDir, 'balance-unit.json'),
    setting: () => session.settings().balanceUnit,
    usageUnit: () => session.settings().usageUnit,
    account: () => (session.info().mode === 'account' ? session.info().accountName : null),
    now,
    log,
    onChange: ({ unitChanged }) => {
      // A check that confirms the unit in use changes no figure: the kept balance stays for the next start.
      if (unitChanged) {
        tray.expire()
        void figures.forget(figuresOf, 'trafficBalance')
      }
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
    fetchBalance: () => readTrafficBalance(client, balanceUnits),
    platform: options.ports.appInfo.platform,
    now,
    onRefreshed: (balance) => events.emit('account.trafficBalance', balance),
    fetchWallet: () => client.account.walletBalance(),
    fetchUsage: async (range) => {
      const report = await client.account.usage(range)
      balanceUnits.sawUsage(report.remainingBytes)
      return report
    },
    onWallet: (wallet) => events.emit('account.walletBalance', wallet),
    onUsage: (usage) => events.emit('account.usage', usage),
    notify: options.ports.notify,
    presets: () => presets.list(),
    power: options.ports.power,
    network: options.ports.network,
    timers: options.trayTimers,
  })
  const handedOut = createHandedOut()
  // Endpoints are built in main: the proxy user's password comes from Thordata's list and stays here.
  const endpoints = endpointDeps(client, () => session.settings().ipEchoUrl)
  const presets = createPresetsService({
    session,
    clipboard: options.ports.clipboard,
    extractLink: (input) => client.extract.link(input),
    endpointText: (input, format) => endpointText(endpoints, input, format),
  })
  const dispatch = createDispatcher({
    handlers: createHandlers({
      presets,
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
      handedOut,
      endpoints: {
        endpoints,
        clipboard: options.ports.clipboard,
        proxyTest: {
          ...options.proxyTest,
          endpoints,
          handedOut,
          echoUrl: () => session.settings().ipEchoUrl,
          simulator: () => {
            const sim = session.simulator()
            return sim ? { host: sim.proxy.host, ports: sim.proxy.ports, ipEchoUrl: sim.ipEchoUrl } : null
          },
        },
      },
    }),
    trust: options.trust,
    log,
  })
  const stopUpdaterEvents = options.ports.updater.onStatus((status) => events.emit('updater.status', status))

  return {
    dispatch,
    subscribe: (listener) => events.subscribe(listener),
    tray,
    settings: () => session.settings(),
    presets,
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
