/**
 * The IPC contract: every channel between renderer and main, declared once.
 * Main binds a handler per channel (src/main/ipc), the preload exposes one method per channel (src/preload),
 * the renderer and the browser bridge call them (src/renderer/src/lib/api.ts, e2e/bridge). Adding a channel is
 * its name in channels.ts, one entry here, and one handler; the compiler points at whichever is missing.
 */
import { z } from 'zod'
import type { TrafficBalance, UsageReport, WalletBalance } from '../domain/account'
import { usageRangeInput } from '../domain/account'
import type { AppInfo, UpdaterStatus } from '../domain/app'
import type { BalanceUnitStatus } from '../domain/balance-unit'
import {
  type CdkDetails,
  type CdkList,
  type CreatedCdks,
  cdkCodeInput,
  cdkListInput,
  createCdkInput,
} from '../domain/cdk'
import { type EndpointTexts, endpointCopyInput, endpointRevealInput } from '../domain/endpoint'
import { type ExtractTarget, type ExtractTestResult, extractInput } from '../domain/extract'
import type { Fetched } from '../domain/figures'
import { type ProxyUserHourlyUsage, proxyUserHourlyUsageInput } from '../domain/hourly-usage'
import {
  type Asn,
  asnsInput,
  type City,
  type Country,
  citiesInput,
  countriesInput,
  type State,
  statesInput,
} from '../domain/locations'
import { presetIdInput, renamePresetInput, savePresetInput, setDefaultPresetInput } from '../domain/presets'
import {
  copyStaticProxiesInput,
  type ExpirationCheck,
  proxyExpirationInput,
  revealStaticProxyInput,
  type StaticProxyRows,
  staticProxiesCsvInput,
  staticProxiesInput,
} from '../domain/proxies'
import { type ProxyTestResult, proxyTestInput } from '../domain/proxy-test'
import {
  createProxyUserInput,
  deleteProxyUserInput,
  type ProxyUserList,
  type ProxyUserName,
  type ProxyUserUsage,
  proxyUsersListInput,
  proxyUserUsageInput,
  updateProxyUserInput,
} from '../domain/proxy-users'
import {
  addWhitelistIpsInput,
  type BatchLineResult,
  type BatchProgress,
  cancelBatchInput,
  type PublicIp,
} from '../domain/public-ip'
import type { SessionInfo } from '../domain/session'
import { credentialsInput } from '../domain/session'
import type { AppSettings } from '../domain/settings'
import { settingsPatch } from '../domain/settings'
import {
  type BalancerMonitor,
  type BoundUserList,
  bindUserInput,
  boundUsersInput,
  renewServerInput,
  restartServerInput,
  type ServerMonitor,
  serverMonitorInput,
  type UnlimitedOrder,
  type UnlimitedServerList,
  upgradeServerInput,
} from '../domain/unlimited'
import { addWhitelistIpInput, deleteWhitelistIpInput, type Whitelist, whitelistInput } from '../domain/whitelist'
import { BRIDGE_GLOBAL, type Channel, channels, type EventName, eventNames } from './channels'
import type { Result } from './result'

export { BRIDGE_GLOBAL, type Channel, channels, type EventName, eventNames, type Fetched }

const none = z.undefined()

/**
 * What a successful call can make stale in the renderer's cache, by group of channels: `account` is every
 * account.* read, `proxyUsers` every proxyUsers.* read, and so on; `session` means the answer is the new session
 * (the renderer stores it and drops the previous account's data). Applied in one place:
 * src/renderer/src/lib/invalidation.ts.
 */
export type Stale =
  | 'session'
  | 'account'
  | 'locations'
  | 'proxyUsers'
  | 'whitelist'
  | 'extract'
  | 'staticProxies'
  | 'unlimited'
  | 'cdk'
  | 'settings'
  | 'updater'

interface ChannelDef<I extends z.ZodType, O> {
  input: I
  /** Type-only marker: the channel's output type. */
  output?: O
  /** Reads leave this empty; every channel that changes something names what it changes. */
  invalidates: readonly Stale[]
  /** The read channel whose value this channel's answer is (stored as is instead of asking again). */
  answers?: Channel
}
const channel =
  <O>() =>
  <I extends z.ZodType>(
    input: I,
    effects: { invalidates?: readonly Stale[]; answers?: Channel } = {},
  ): ChannelDef<I, O> => ({
    input,
    invalidates: effects.invalidates ?? [],
    ...(effects.answers ? { answers: effects.answers } : {}),
  })
const changes = (...invalidates: Stale[]) => ({ invalidates })

// `extract`: the builder's preview names the extract host, which is a setting.
const accountWide: Stale[] = [
  'account',
  'locations',
  'proxyUsers',
  'whitelist',
  'extract',
  'staticProxies',
  'unlimited',
  'cdk',
]

export const contract = {
  'session.get': channel<SessionInfo>()(none),
  'session.connect': channel<SessionInfo>()(credentialsInput, changes('session')),
  'session.startDemo': channel<SessionInfo>()(none, changes('session')),
  'session.signOut': channel<SessionInfo>()(none, changes('session')),

  'account.trafficBalance': channel<TrafficBalance>()(none),
  'account.walletBalance': channel<WalletBalance>()(none),
  'account.usage': channel<UsageReport>()(usageRangeInput),
  /** What the automatic balance-unit check found for the connected account (shown in Settings). */
  'account.balanceUnit': channel<BalanceUnitStatus>()(none),

  'locations.countries': channel<Country[]>()(countriesInput),
  'locations.states': channel<State[]>()(statesInput),
  'locations.cities': channel<City[]>()(citiesInput),
  'locations.asns': channel<Asn[]>()(asnsInput),

  'proxyUsers.list': channel<ProxyUserList>()(proxyUsersListInput),
  /** Names only, for pickers (the endpoint generator): no password leaves main unless the user reveals or copies it. */
  'proxyUsers.names': channel<ProxyUserName[]>()(proxyUsersListInput),
  'proxyUsers.create': channel<void>()(createProxyUserInput, changes('proxyUsers')),
  'proxyUsers.update': channel<void>()(updateProxyUserInput, changes('proxyUsers')),
  'proxyUsers.delete': channel<void>()(deleteProxyUserInput, changes('proxyUsers')),
  'proxyUsers.usage': channel<ProxyUserUsage>()(proxyUserUsageInput),
  'proxyUsers.usageHourly': channel<ProxyUserHourlyUsage>()(proxyUserHourlyUsageInput),

  'whitelist.list': channel<Whitelist>()(whitelistInput),
  'whitelist.add': channel<void>()(addWhitelistIpInput, changes('whitelist')),
  'whitelist.addMany': channel<BatchLineResult[]>()(addWhitelistIpsInput, changes('whitelist')),
  /** Stops a running batch after the line in flight; its addMany reply reports the rest as not sent. */
  'whitelist.cancelBatch': channel<void>()(cancelBatchInput, changes('whitelist')),
  'whitelist.delete': channel<void>()(deleteWhitelistIpInput, changes('whitelist')),
  'whitelist.publicIp': channel<PublicIp>()(none),

  /** Main fills in the proxy user's password and writes the text to the clipboard; the password never comes back. */
  'endpoints.copy': channel<void>()(endpointCopyInput),
  /** The texts in every format with the password, for the user who asked to see it. */
  'endpoints.reveal': channel<EndpointTexts>()(endpointRevealInput),
  /** One request through the proxy to the IP-echo service (the simulator's in demo mode). */
  'proxy.test': channel<ProxyTestResult>()(proxyTestInput),

  /** The extract host and account name the builder's live preview uses; main builds the real link itself. */
  'extract.target': channel<ExtractTarget>()(none),
  'extract.copy': channel<void>()(extractInput),
  /** Fetches the link once: its list, or its refusal (111–121) in words. A 118 changes the session (the name is wrong). */
  'extract.test': channel<ExtractTestResult>()(extractInput),

  'staticProxies.list': channel<StaticProxyRows>()(staticProxiesInput),
  /** Per IP asked about, including those Thordata does not know; any other failure fails the whole check. */
  'staticProxies.expirations': channel<ExpirationCheck>()(proxyExpirationInput),
  /** One IP's password, for the user who asked to see it. */
  'staticProxies.reveal': channel<{ password: string }>()(revealStaticProxyInput),
  /** Main fills in the passwords and writes the lines to the clipboard; the count comes back, the passwords never. */
  'staticProxies.copy': channel<{ count: number }>()(copyStaticProxiesInput),
  'staticProxies.csv': channel<{ text: string }>()(staticProxiesCsvInput),

  'unlimited.servers': channel<UnlimitedServerList>()(none),
  'unlimited.restart': channel<void>()(restartServerInput, changes('unlimited')),
  'unlimited.monitor': channel<ServerMonitor>()(serverMonitorInput),
  /** The load-balancing machine in front of the server (reference §7.6), asked like the server monitor. */
  'unlimited.balancingMonitor': channel<BalancerMonitor>()(serverMonitorInput),
  /** Spends wallet money: sent once, never retried; a second call while one is under way joins it. */
  'unlimited.renew': channel<UnlimitedOrder>()(renewServerInput, changes('unlimited', 'account')),
  /** Spends wallet money, like renew. */
  'unlimited.upgrade': channel<UnlimitedOrder>()(upgradeServerInput, changes('unlimited', 'account')),
  'unlimited.boundUsers': channel<BoundUserList>()(boundUsersInput),
  'unlimited.bindUser': channel<void>()(bindUserInput, changes('unlimited')),
  'unlimited.unbindUser': channel<void>()(bindUserInput, changes('unlimited')),

  /** Spends traffic from the balance: sent once, never retried. */
  'cdk.create': channel<CreatedCdks>()(createCdkInput, changes('cdk', 'account')),
  'cdk.list': channel<CdkList>()(cdkListInput),
  'cdk.info': channel<CdkDetails>()(cdkCodeInput),
  'cdk.revoke': channel<void>()(cdkCodeInput, changes('cdk', 'account')),

  'presets.save': channel<AppSettings>()(savePresetInput, { invalidates: ['settings'], answers: 'settings.get' }),
  'presets.rename': channel<AppSettings>()(renamePresetInput, { invalidates: ['settings'], answers: 'settings.get' }),
  'presets.delete': channel<AppSettings>()(presetIdInput, { invalidates: ['settings'], answers: 'settings.get' }),
  'presets.setDefault': channel<AppSettings>()(setDefaultPresetInput, {
    invalidates: ['settings'],
    answers: 'settings.get',
  }),

  'settings.get': channel<AppSettings>()(none),
  // A new API host or unit changes what every account figure means.
  'settings.update': channel<AppSettings>()(settingsPatch, { invalidates: accountWide, answers: 'settings.get' }),
  'settings.reset': channel<AppSettings>()(none, { invalidates: accountWide, answers: 'settings.get' }),

  'app.info': channel<AppInfo>()(none),
  'app.openExternal': channel<void>()(z.object({ url: z.string().max(2048) })),
  'app.copyText': channel<void>()(z.object({ text: z.string().max(1_000_000) })),

  'updater.status': channel<UpdaterStatus>()(none),
  'updater.check': channel<UpdaterStatus>()(none, { invalidates: ['updater'], answers: 'updater.status' }),
  'updater.download': channel<UpdaterStatus>()(none, { invalidates: ['updater'], answers: 'updater.status' }),
  'updater.install': channel<void>()(none, changes('updater')),
} as const satisfies Record<Channel, ChannelDef<z.ZodType, unknown>>

export type Contract = typeof contract
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = Exclude<Contract[C]['output'], undefined>

/** Main → renderer pushes. */
export interface Events {
  'session.changed': SessionInfo
  'updater.status': UpdaterStatus
  /** Something main learned that the renderer's caches should drop (e.g. the balance unit changed). */
  'data.invalidate': { scope: 'account' | 'all' }
  /** A balance main fetched on its own (a tray refresh): the window stores it instead of asking again. */
  'account.trafficBalance': Fetched<TrafficBalance>
  /** The wallet main fetched for the tray (at most hourly): stored like the balance. */
  'account.walletBalance': Fetched<WalletBalance>
  /** The usage report main fetched for the forecast: the Account tab's default range, stored under its key. */
  'account.usage': Fetched<UsageReport>
  /** A running `whitelist.addMany` with a batchId: after each answered line and around each rate-limit wait. */
  'whitelist.batchProgress': BatchProgress
}
// Every event name has a payload type, and every payload type an event name.
type _EventsMatch = [EventName, keyof Events] extends [keyof Events, EventName] ? true : never
const _eventsMatch: _EventsMatch = true
void _eventsMatch

/** What the preload puts on window.thordata, and what the browser bridge implements too. */
export interface Bridge {
  invoke: { [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> }
  on: { [E in EventName]: (listener: (payload: Events[E]) => void) => () => void }
}
