import type { TrafficBalance, UsageReport, WalletBalance } from '@shared/domain/account'
import type { AppInfo, UpdaterStatus } from '@shared/domain/app'
import type { SessionInfo } from '@shared/domain/session'
import { type AppSettings, defaultSettings } from '@shared/domain/settings'
import { appError } from '@shared/errors'
import type { Bridge, Channel, EventName, Events, InputOf, OutputOf } from '@shared/ipc/contract'
import { fail, ok, type Result } from '@shared/ipc/result'
import { buildBridge, type RendererIpc } from '../../../preload/build-bridge'

type Answer<C extends Channel> = Result<OutputOf<C>> | Promise<Result<OutputOf<C>>>
export type Handler<C extends Channel> = (input: InputOf<C>) => Answer<C>
export type Handlers = { [C in Channel]: Handler<C> }

export interface Call {
  channel: Channel
  input: unknown
}

export const noSession: SessionInfo = { mode: 'none', accountName: null, tokenHint: null, storage: null }
export const demoSession: SessionInfo = { mode: 'demo', accountName: 'demo_user', tokenHint: null, storage: null }
export const accountSession = (
  accountName = 'acme_data',
  storage: SessionInfo['storage'] = 'keychain',
): SessionInfo => ({
  mode: 'account',
  accountName,
  tokenHint: 'a1b2…9f0e',
  storage,
})

export const sampleTraffic: TrafficBalance = { remainingBytes: 12.5 * 1024 ** 3, expiresOn: null }
export const sampleWallet: WalletBalance = { amount: 1234.5, currency: 'USD' }
export const sampleInfo: AppInfo = {
  name: 'Thordata Desktop',
  version: '0.1.0',
  platform: 'linux',
  updatesSupported: false,
  settingsNotice: null,
}

/** A usage report over [from, to] where day i used (i + 1) × 100 MB, so the busiest day is the last. */
export function sampleUsage({ from, to }: { from: string; to: string }): UsageReport {
  const days: UsageReport['days'] = []
  for (
    let d = new Date(`${from}T00:00:00Z`), i = 0;
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1), i++
  ) {
    days.push({ date: d.toISOString().slice(0, 10), usedBytes: (i + 1) * 100 * 1024 ** 2 })
  }
  const rangeUsedBytes = days.reduce((sum, day) => sum + day.usedBytes, 0)
  return {
    from,
    to,
    totalUsedBytes: rangeUsedBytes * 3,
    remainingBytes: sampleTraffic.remainingBytes,
    rangeUsedBytes,
    days,
  }
}

/**
 * An in-memory Bridge for renderer tests, built by the preload's own buildBridge: keeps a session and settings like main does, records every call,
 * and lets a test replace any channel's answer or push an event.
 */
export function createFakeBridge(initial: { session?: SessionInfo; overrides?: Partial<Handlers> } = {}) {
  let session = initial.session ?? noSession
  let settings: AppSettings = { ...defaultSettings }
  const calls: Call[] = []
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>()

  // Channels added to the contract later answer not-found here until a test gives them a handler.
  const defaults: Partial<Handlers> = {
    'session.get': () => ok(session),
    'session.connect': (input) => {
      session = accountSession(input.accountName, input.sessionOnly ? 'session' : 'keychain')
      return ok(session)
    },
    'session.startDemo': () => {
      session = demoSession
      return ok(session)
    },
    'session.signOut': () => {
      session = noSession
      return ok(session)
    },
    'account.trafficBalance': () => ok(sampleTraffic),
    'account.walletBalance': () => ok(sampleWallet),
    'account.usage': (input) => ok(sampleUsage(input)),
    // Nothing checked yet: the documented unit, or the one set by hand.
    'account.balanceUnit': () =>
      ok({
        setting: settings.balanceUnit,
        applied: settings.balanceUnit === 'auto' ? 'MB' : settings.balanceUnit,
        source: session.mode === 'demo' ? 'demo' : settings.balanceUnit === 'auto' ? 'documented' : 'manual',
        check: null,
      }),
    'settings.get': () => ok(settings),
    'settings.update': (patch) => {
      settings = { ...settings, ...patch } as AppSettings
      return ok(settings)
    },
    'settings.reset': () => {
      settings = { ...defaultSettings }
      return ok(settings)
    },
    'app.info': () => ok(sampleInfo),
    'app.openExternal': () => ok(undefined),
    'app.copyText': () => ok(undefined),
    'updater.status': () =>
      ok<UpdaterStatus>({ state: 'unsupported', reason: 'Updates are installed by your package manager.' }),
    'updater.check': () => ok<UpdaterStatus>({ state: 'up-to-date', checkedAt: new Date().toISOString() }),
    'updater.download': () => ok<UpdaterStatus>({ state: 'idle' }),
    'updater.install': () => ok(undefined),
  }
  const handlers: Partial<Handlers> = { ...defaults, ...initial.overrides }

  // The transport the preload's buildBridge runs over here: memory instead of ipcRenderer. A handler that throws
  // rejects the call, as a torn-down IPC channel does.
  const transport: RendererIpc = {
    async invoke(channel, input) {
      calls.push({ channel: channel as Channel, input })
      const handler = handlers[channel as Channel] as ((input: unknown) => Answer<Channel>) | undefined
      return handler ? handler(input) : fail(appError('not-found', `The fake bridge has no answer for ${channel}`))
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener)
    },
  }
  const bridge = buildBridge(transport)

  return {
    bridge: bridge satisfies Bridge,
    calls,
    /** Calls made on one channel, in order, with their inputs. */
    callsTo: <C extends Channel>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.input as InputOf<C>),
    respond: <C extends Channel>(channel: C, handler: NoInfer<Handler<C>>) => {
      ;(handlers as Record<Channel, unknown>)[channel] = handler
    },
    emit: <E extends EventName>(event: E, payload: Events[E]) => {
      for (const listener of listeners.get(`event:${event}`) ?? []) listener(null, payload)
    },
    get session() {
      return session
    },
  }
}

export type FakeBridge = ReturnType<typeof createFakeBridge>
