import type { UpdaterStatus } from '@shared/domain/app'
import { t } from '../i18n'

/** electron-updater's events, reduced to what the status needs. */
export type UpdaterEvent =
  | { type: 'checking-for-update' }
  | { type: 'update-available'; version: string; notes: string | null }
  | { type: 'update-not-available'; at: string }
  | { type: 'download-progress'; percent: number }
  | { type: 'update-downloaded'; version: string; notes: string | null }
  | { type: 'error'; error: unknown }

export type UpdaterCommand = 'check' | 'download' | 'install'

export const initialUpdaterStatus: UpdaterStatus = { state: 'idle' }

/** Why a command cannot run in this state, or null when it can. */
export function refusal(status: UpdaterStatus, command: UpdaterCommand): string | null {
  if (status.state === 'unsupported') return status.reason
  switch (command) {
    case 'check':
      if (status.state === 'checking') return t('errors:updater.alreadyChecking')
      if (status.state === 'downloading') return t('errors:updater.downloading')
      if (status.state === 'ready') return t('errors:updater.ready')
      return null
    case 'download':
      return status.state === 'available' ? null : t('errors:updater.nothingToDownload')
    case 'install':
      return status.state === 'ready' ? null : t('errors:updater.notDownloaded')
  }
}

const busy = (status: UpdaterStatus) => status.state === 'downloading' || status.state === 'ready'

export function updaterReducer(status: UpdaterStatus, event: UpdaterEvent): UpdaterStatus {
  if (status.state === 'unsupported') return status
  switch (event.type) {
    case 'checking-for-update':
      return busy(status) ? status : { state: 'checking' }
    case 'update-available':
      return busy(status) ? status : { state: 'available', version: event.version, notes: event.notes }
    case 'update-not-available':
      return busy(status) ? status : { state: 'up-to-date', checkedAt: event.at }
    case 'download-progress': {
      if (status.state !== 'available' && status.state !== 'downloading') return status
      const percent = Number.isFinite(event.percent) ? Math.min(100, Math.max(0, Math.floor(event.percent))) : 0
      // Progress events may arrive out of order; the bar never moves back.
      const shown = status.state === 'downloading' ? Math.max(status.percent, percent) : percent
      return { state: 'downloading', version: status.version, notes: status.notes, percent: shown }
    }
    case 'update-downloaded':
      return { state: 'ready', version: event.version, notes: event.notes }
    case 'error':
      return { state: 'error', message: describeUpdaterError(event.error) }
  }
}

const offline =
  /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|NETWORK_CHANGED|CONNECTION_\w+|TIMED_OUT|ADDRESS_UNREACHABLE|PROXY_CONNECTION_FAILED|NETWORK_ACCESS_DENIED)|\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/
const notPublished =
  /ERR_UPDATER_(CHANNEL_FILE_NOT_FOUND|LATEST_VERSION_NOT_FOUND|NO_PUBLISHED_VERSIONS|RELEASE_NOT_FOUND|ASSET_NOT_FOUND)|\b404\b/
const unsigned =
  /ERR_UPDATER_INVALID_SIGNATURE|not signed by the application owner|Could not get code signature|code signature|signature verification/i
const damaged = /ERR_CHECKSUM_MISMATCH|sha512 checksum mismatch|checksum mismatch/i

function parts(error: unknown): { code: string; text: string } {
  if (typeof error === 'string') return { code: '', text: error }
  if (typeof error !== 'object' || error === null) return { code: '', text: '' }
  const e = error as { code?: unknown; message?: unknown; statusCode?: unknown }
  const code = typeof e.code === 'string' ? e.code : ''
  const status = typeof e.statusCode === 'number' ? ` ${e.statusCode}` : ''
  return { code, text: `${typeof e.message === 'string' ? e.message : ''}${status}` }
}

/** electron-updater's errors in words a user can act on. */
export function describeUpdaterError(error: unknown): string {
  const { code, text } = parts(error)
  const all = `${code} ${text}`
  if (offline.test(all)) return t('errors:updater.offline')
  if (unsigned.test(all)) return t('errors:updater.unsigned')
  if (damaged.test(all)) return t('errors:updater.damaged')
  if (notPublished.test(all)) return t('errors:updater.notPublished')
  if (/\bENOSPC\b/.test(all)) return t('errors:updater.noSpace')
  if (/\b(EACCES|EPERM)\b/.test(all)) return t('errors:updater.noPermission')
  const firstLine = text.split('\n')[0].trim()
  if (!firstLine) return t('errors:updater.unknownFailure')
  return t('errors:updater.failed', { reason: firstLine.length > 160 ? `${firstLine.slice(0, 159)}…` : firstLine })
}
