import { type AppError, appError } from '@shared/errors'
import { t } from '../i18n'

const causes: Array<[RegExp, () => string]> = [
  [/DBUS_SESSION_BUS_ADDRESS|autolaunch|Cannot autolaunch D-Bus/i, () => t('errors:keychain.noBus')],
  [/org\.freedesktop\.secrets was not provided|ServiceUnknown/i, () => t('errors:keychain.noService')],
  [/no result found|collection|locked|NoDefaultCollection|cannot open display/i, () => t('errors:keychain.locked')],
  [/AccessDenied|denied|not permitted|user canceled|cancelled/i, () => t('errors:keychain.denied')],
  [/ERR_DLOPEN_FAILED|libsecret|cannot open shared object/i, () => t('errors:keychain.noLibsecret')],
]

/** Turns a keychain library failure into words that name the cause. The raw text never carries secrets. */
export function keychainError(cause: unknown, action: 'save' | 'read' | 'remove'): AppError {
  const raw = cause instanceof Error ? cause.message : String(cause)
  const reason =
    causes.find(([pattern]) => pattern.test(raw))?.[1]() ?? t('errors:keychain.reported', { raw: raw.slice(0, 200) })
  const verb = t(`errors:keychain.${action}`)
  return appError('keychain', t('errors:keychain.generic', { verb, reason }), { retryable: true })
}

export const noKeychainLibrary = (): AppError =>
  appError('keychain', t('errors:keychain.noLibrary'), {
    retryable: false,
  })
