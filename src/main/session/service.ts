import type { SettingsNotice } from '@shared/domain/app'
import type { CredentialsInput, SessionInfo } from '@shared/domain/session'
import { type AppSettings, defaultSettings } from '@shared/domain/settings'
import { type AppError, AppErrorException, appError } from '@shared/errors'
import type { CredentialStore } from '../credentials/store'
import type { ApiCredentials } from '../credentials/types'
import { t } from '../i18n'
import { holdSecrets, type Logger, type SecretHold } from '../log/logger'
import type { StateStore } from '../settings/store'
import type { Simulator, StartOptions } from '../simulator'
import { DEMO_CREDENTIALS, startSimulator } from '../simulator'
import { tokenHint } from './token-hint'

export interface SessionDeps {
  state: StateStore
  keychain: CredentialStore
  sessionStore: CredentialStore
  log: Logger
  /** Checks candidate credentials with one real balance call against the configured API; throws an AppError on failure. */
  verify: (credentials: ApiCredentials, settings: AppSettings) => Promise<void>
  demo?: StartOptions
  onChange: (info: SessionInfo) => void
  /** The settings in force changed: loaded at start, or saved (the language follows them). */
  onSettings?: (settings: AppSettings) => void
}

/**
 * Which account the app talks to (none, the built-in demo, or a real one) and where its credentials are.
 * Credentials are read into memory here and nowhere else; the rest of main asks `credentials()` per call.
 */
export function createSessionService(deps: SessionDeps) {
  let mode: SessionInfo['mode'] = 'none'
  let settings: AppSettings = { ...defaultSettings }
  let settingsNotice: SettingsNotice | null = null
  /** Why settings.json may not be written at this launch (a newer version's file…); null when it may. */
  let readOnly: AppError | null = null
  let credentials: ApiCredentials | null = null
  let store: CredentialStore | null = null
  let simulator: Simulator | null = null
  let simulatorStarting: Promise<Simulator> | null = null

  /** `mode:accountName` that an extract link answered 118 for (see SessionInfo.accountNameRejected). */
  let rejectedName: string | null = null
  const nameKey = () => {
    const name = mode === 'demo' ? DEMO_CREDENTIALS.accountName : (credentials?.accountName ?? null)
    return name === null ? null : `${mode}:${name}`
  }

  const info = (): SessionInfo => ({
    mode,
    accountName: mode === 'demo' ? DEMO_CREDENTIALS.accountName : (credentials?.accountName ?? null),
    tokenHint: mode === 'account' && credentials ? tokenHint(credentials.token) : null,
    storage: mode === 'account' ? (store?.kind ?? null) : null,
    ...(rejectedName !== null && rejectedName === nameKey() ? { accountNameRejected: true } : {}),
  })

  const persist = () => deps.state.save({ settings, mode })
  const persistUnlessReadOnly = async () => {
    if (!readOnly) await persist()
  }
  // Connect, demo and sign-out run one at a time, so a slow verify cannot undo a sign-out that came after it.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }
  /** The redactor masks the live account's token and key while it is connected, and only then. */
  let secrets: SecretHold | null = null
  const hold = (next: ApiCredentials | null) => {
    const previous = secrets
    secrets = next ? holdSecrets(next.token, next.key) : null
    previous?.release()
    credentials = next
  }

  async function ensureSimulator(): Promise<Simulator> {
    if (simulator) return simulator
    simulatorStarting ??= startSimulator({ ...deps.demo }).then((sim) => {
      simulator = sim
      return sim
    })
    try {
      return await simulatorStarting
    } finally {
      simulatorStarting = null
    }
  }

  async function stopSimulator() {
    const sim = simulator
    simulator = null
    await sim?.close()
  }

  /**
   * The settings file no longer says which mode the app was in (lost, moved aside, unreadable): the keychain entry
   * is the proof of a connected account, so it is looked for rather than the account being forgotten.
   */
  async function recoverAccount() {
    let loaded: ApiCredentials | null
    try {
      loaded = await deps.keychain.load()
    } catch (cause) {
      deps.log.info('no keychain entry could be read at start-up', cause)
      return
    }
    if (!loaded) return
    hold(loaded)
    store = deps.keychain
    mode = 'account'
    deps.log.warn('settings.json did not record the connected account; found it in the keychain and reconnected')
    await persistUnlessReadOnly().catch((cause) => deps.log.warn('could not record the reconnected account', cause))
  }

  const refuseIfReadOnly = () => {
    if (readOnly) throw new AppErrorException(readOnly)
  }

  return {
    info,
    settings: () => settings,
    /** What the window should say about the settings file at this launch (shown once, then dismissed). */
    settingsNotice: () => settingsNotice,

    async start() {
      const saved = await deps.state.load()
      settings = saved.settings
      deps.onSettings?.(settings)
      settingsNotice = saved.notice
      readOnly = saved.readOnly
      if (saved.mode === 'none' && !saved.modeFromFile) {
        await recoverAccount()
      } else if (saved.mode === 'demo') {
        await ensureSimulator()
        mode = 'demo'
      } else if (saved.mode === 'account') {
        let loaded: ApiCredentials | null
        try {
          loaded = await deps.keychain.load()
        } catch (cause) {
          // A locked keychain or a denied prompt: start signed out this time, but keep the saved mode so the
          // next launch asks the keychain again instead of forgetting the account.
          deps.log.warn('could not read credentials from the keychain at start-up', cause)
          return
        }
        if (loaded) {
          hold(loaded)
          store = deps.keychain
          mode = 'account'
        } else {
          // Credentials kept for one session only are gone after a restart: back to onboarding.
          await persistUnlessReadOnly()
        }
      }
    },

    connect: (input: CredentialsInput): Promise<SessionInfo> =>
      serial(async () => {
        // Refused before the keychain is touched: a mode that cannot be saved would orphan the new entry.
        refuseIfReadOnly()
        const candidate: ApiCredentials = { token: input.token, key: input.key, accountName: input.accountName }
        await deps.verify(candidate, settings)
        const target = input.sessionOnly ? deps.sessionStore : deps.keychain
        await target.save(candidate)
        try {
          await deps.state.save({ settings, mode: 'account' })
        } catch (cause) {
          // Nothing half-applied: without the mode on disk the stored credentials would be orphaned.
          await target.clear().catch(() => undefined)
          throw cause
        }
        // Only once the new credentials are safely stored do we drop the old ones.
        if (store && store !== target) {
          await store.clear().catch((cause) => deps.log.warn('could not clear old credentials', cause))
        }
        store = target
        hold(candidate)
        mode = 'account'
        await stopSimulator()
        deps.onChange(info())
        return info()
      }),

    startDemo: (): Promise<SessionInfo> =>
      serial(async () => {
        await ensureSimulator()
        // With read-only settings the demo runs for this launch only.
        if (!readOnly) await deps.state.save({ settings, mode: 'demo' })
        mode = 'demo'
        deps.onChange(info())
        return info()
      }),

    /**
     * Always signs out of this app. If the keychain will not delete the entry (locked, denied), the app still
     * forgets the credentials and says so in the log; the entry can be removed with the OS keychain manager.
     */
    signOut: (): Promise<SessionInfo> =>
      serial(async () => {
        // Read-only settings still sign out: the keychain entry goes, so the next launch finds no account.
        if (!readOnly) await deps.state.save({ settings, mode: 'none' })
        const previous = store
        store = null
        hold(null)
        mode = 'none'
        await deps.sessionStore.clear()
        await previous
          ?.clear()
          .catch((cause) => deps.log.warn('could not remove the credentials from the keychain', cause))
        await stopSimulator()
        deps.onChange(info())
        return info()
      }),

    async updateSettings(next: AppSettings): Promise<AppSettings> {
      await deps.state.save({ settings: next, mode })
      settings = next
      deps.onSettings?.(settings)
      return settings
    },

    /**
     * What an extract link said about the account name it was built with: 118 marks it wrong, a working link
     * clears the mark. Says so to the window only when it changes, and never for a name no longer in use.
     */
    noteAccountName(accountName: string, accepted: boolean) {
      const key = nameKey()
      if (key === null || key !== `${mode}:${accountName}`) return
      const next = accepted ? (rejectedName === key ? null : rejectedName) : key
      if (next === rejectedName) return
      rejectedName = next
      deps.onChange(info())
    },

    /** The credentials for the next API call, read at the moment of the call. */
    async credentials(): Promise<ApiCredentials> {
      if (mode === 'demo') return DEMO_CREDENTIALS
      if (mode === 'account' && credentials) return credentials
      throw new AppErrorException(appError('auth', t('errors:credentials.notConnected'), { retryable: false }))
    },

    /** The simulator behind demo mode, when it runs. */
    simulator: () => (mode === 'demo' ? simulator : null),

    async stop() {
      await stopSimulator()
    },
  }
}
export type SessionService = ReturnType<typeof createSessionService>
