import type { UpdaterStatus } from '@shared/domain/app'
import { describe, expect, it } from 'vitest'
import { describeUpdaterError, initialUpdaterStatus, refusal, type UpdaterEvent, updaterReducer } from './machine'

const run = (events: UpdaterEvent[], from: UpdaterStatus = initialUpdaterStatus) => events.reduce(updaterReducer, from)

const idle: UpdaterStatus = { state: 'idle' }
const checking: UpdaterStatus = { state: 'checking' }
const upToDate: UpdaterStatus = { state: 'up-to-date', checkedAt: '2026-11-27T12:00:00.000Z' }
const available: UpdaterStatus = { state: 'available', version: '1.2.0', notes: 'Faster tray' }
const downloading: UpdaterStatus = { state: 'downloading', version: '1.2.0', notes: 'Faster tray', percent: 40 }
const ready: UpdaterStatus = { state: 'ready', version: '1.2.0', notes: 'Faster tray' }
const failed: UpdaterStatus = { state: 'error', message: 'Could not reach the update server.' }
const unsupported: UpdaterStatus = { state: 'unsupported', reason: 'Updates are checked in installed builds only' }

describe('updaterReducer', () => {
  it('walks the happy path from idle to ready', () => {
    expect(
      run([
        { type: 'checking-for-update' },
        { type: 'update-available', version: '1.2.0', notes: 'Faster tray' },
        { type: 'download-progress', percent: 12.7 },
        { type: 'download-progress', percent: 99.99 },
        { type: 'update-downloaded', version: '1.2.0', notes: 'Faster tray' },
      ]),
    ).toEqual(ready)
  })

  it('reports the check time when there is nothing new', () => {
    expect(run([{ type: 'checking-for-update' }, { type: 'update-not-available', at: upToDate.checkedAt }])).toEqual(
      upToDate,
    )
  })

  it('shows download progress as a whole percentage that never goes back', () => {
    expect(run([{ type: 'download-progress', percent: 37.9 }], available)).toEqual({
      state: 'downloading',
      version: '1.2.0',
      notes: 'Faster tray',
      percent: 37,
    })
    expect(run([{ type: 'download-progress', percent: 20 }], downloading)).toMatchObject({ percent: 40 })
    expect(run([{ type: 'download-progress', percent: 250 }], downloading)).toMatchObject({ percent: 100 })
    expect(run([{ type: 'download-progress', percent: Number.NaN }], available)).toMatchObject({ percent: 0 })
  })

  it('ignores progress when no update is known', () => {
    for (const from of [idle, checking, upToDate, failed, ready]) {
      expect(run([{ type: 'download-progress', percent: 50 }], from)).toEqual(from)
    }
  })

  it('does not let a late check event hide a download in progress or a ready update', () => {
    for (const from of [downloading, ready]) {
      expect(run([{ type: 'checking-for-update' }], from)).toEqual(from)
      expect(run([{ type: 'update-not-available', at: 'x' }], from)).toEqual(from)
      expect(run([{ type: 'update-available', version: '9.9.9', notes: null }], from)).toEqual(from)
    }
  })

  it('turns errors into readable messages from any active state', () => {
    for (const from of [checking, available, downloading]) {
      expect(run([{ type: 'error', error: new Error('net::ERR_INTERNET_DISCONNECTED') }], from)).toEqual({
        state: 'error',
        message: 'Could not reach the update server. Check your internet connection and try again.',
      })
    }
  })

  it('can check again after an error', () => {
    expect(run([{ type: 'checking-for-update' }], failed)).toEqual(checking)
  })

  it('stays unsupported whatever happens', () => {
    const events: UpdaterEvent[] = [
      { type: 'checking-for-update' },
      { type: 'update-available', version: '2.0.0', notes: null },
      { type: 'update-downloaded', version: '2.0.0', notes: null },
      { type: 'error', error: new Error('boom') },
    ]
    for (const event of events) expect(updaterReducer(unsupported, event)).toBe(unsupported)
  })
})

describe('refusal (command guards)', () => {
  it('downloads only an available update', () => {
    expect(refusal(available, 'download')).toBeNull()
    for (const from of [idle, checking, upToDate, downloading, ready, failed]) {
      expect(refusal(from, 'download')).toBe('There is no update to download')
    }
  })

  it('installs only a downloaded update', () => {
    expect(refusal(ready, 'install')).toBeNull()
    for (const from of [idle, checking, upToDate, available, downloading, failed]) {
      expect(refusal(from, 'install')).toBe('No update has been downloaded yet')
    }
  })

  it('checks unless a check, a download or a ready update is under way', () => {
    for (const from of [idle, upToDate, available, failed]) expect(refusal(from, 'check')).toBeNull()
    expect(refusal(checking, 'check')).toBe('Already checking for updates')
    expect(refusal(downloading, 'check')).toBe('An update is downloading')
    expect(refusal(ready, 'check')).toBe('An update is ready to install')
  })

  it('refuses everything with the reason when updates are unsupported', () => {
    for (const command of ['check', 'download', 'install'] as const) {
      expect(refusal(unsupported, command)).toBe('Updates are checked in installed builds only')
    }
  })
})

describe('describeUpdaterError', () => {
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

  it.each([
    ['offline (Chromium)', new Error('net::ERR_INTERNET_DISCONNECTED')],
    ['DNS failure', new Error('getaddrinfo ENOTFOUND downloads.example')],
    ['connection refused', withCode('connect ECONNREFUSED 1.2.3.4:443', 'ECONNREFUSED')],
    ['timeout', new Error('net::ERR_CONNECTION_TIMED_OUT')],
  ])('explains %s as a connection problem', (_label, error) => {
    expect(describeUpdaterError(error)).toBe(
      'Could not reach the update server. Check your internet connection and try again.',
    )
  })

  it.each([
    [
      'a missing channel file',
      withCode('Cannot find channel "latest.yml" update info: HttpError: 404', 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND'),
    ],
    ['an HTTP 404', Object.assign(new Error('HttpError'), { statusCode: 404 })],
    ['no published versions', withCode('No published versions on GitHub', 'ERR_UPDATER_NO_PUBLISHED_VERSIONS')],
  ])('explains %s as no published release', (_label, error) => {
    expect(describeUpdaterError(error)).toBe('No update has been published for this platform yet.')
  })

  it.each([
    [
      'Windows publisher mismatch',
      withCode(
        'New version 1.2.0 is not signed by the application owner: publisherNames: X',
        'ERR_UPDATER_INVALID_SIGNATURE',
      ),
    ],
    ['macOS unsigned app', new Error('Could not get code signature for running application')],
  ])('explains %s as a signature problem', (_label, error) => {
    expect(describeUpdaterError(error)).toMatch(/not signed by the publisher/)
  })

  it('explains a checksum mismatch as a damaged download', () => {
    expect(describeUpdaterError(withCode('sha512 checksum mismatch, expected abc', 'ERR_CHECKSUM_MISMATCH'))).toBe(
      'The downloaded update was damaged. Try again.',
    )
  })

  it('explains a full disk and a permission problem', () => {
    expect(describeUpdaterError(withCode('ENOSPC: no space left on device, write', 'ENOSPC'))).toMatch(/disk space/)
    expect(describeUpdaterError(withCode("EACCES: permission denied, open '/opt/x'", 'EACCES'))).toMatch(/permission/)
  })

  it('keeps only the first line of anything else, shortened', () => {
    const message = describeUpdaterError(new Error(`${'weird '.repeat(60)}\n    at stack frame`))
    expect(message.startsWith('The update failed: weird weird')).toBe(true)
    expect(message).not.toContain('stack frame')
    expect(message.length).toBeLessThanOrEqual('The update failed: '.length + 160)
  })

  it('copes with things that are not errors', () => {
    expect(describeUpdaterError(undefined)).toBe('The update failed for an unknown reason. Try again later.')
    expect(describeUpdaterError('The update server gave no answer')).toBe(
      'The update failed: The update server gave no answer',
    )
  })
})
