import { type AppError, appError } from '@shared/errors'

const causes: Array<[RegExp, string]> = [
  [
    /DBUS_SESSION_BUS_ADDRESS|autolaunch|Cannot autolaunch D-Bus/i,
    'No OS keychain is reachable: this desktop session has no D-Bus session bus, so the Secret Service (GNOME Keyring, KWallet) cannot be asked.',
  ],
  [
    /org\.freedesktop\.secrets was not provided|ServiceUnknown/i,
    'No keychain service is installed: the Secret Service (GNOME Keyring or KWallet) is not running on this system.',
  ],
  [
    /no result found|collection|locked|NoDefaultCollection|cannot open display/i,
    'The OS keychain is locked or has no default collection: unlock your login keyring (or create one) and try again.',
  ],
  [/AccessDenied|denied|not permitted|user canceled|cancelled/i, 'The OS keychain refused access to Thordata Desktop.'],
  [
    /ERR_DLOPEN_FAILED|libsecret|cannot open shared object/i,
    'The keychain library could not load (libsecret is missing on this system).',
  ],
]

/** Turns a keychain library failure into words that name the cause. The raw text never carries secrets. */
export function keychainError(cause: unknown, action: 'save' | 'read' | 'remove'): AppError {
  const raw = cause instanceof Error ? cause.message : String(cause)
  const reason = causes.find(([pattern]) => pattern.test(raw))?.[1] ?? `The OS keychain reported: ${raw.slice(0, 200)}`
  const verb = {
    save: 'Could not save your credentials',
    read: 'Could not read your credentials',
    remove: 'Could not remove your credentials',
  }[action]
  return appError('keychain', `${verb}. ${reason}`, { retryable: true })
}

export const noKeychainLibrary = (): AppError =>
  appError('keychain', 'Could not save your credentials. No OS keychain library is available on this system.', {
    retryable: false,
  })
