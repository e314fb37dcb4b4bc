import type { UpdaterStatus } from '@shared/domain/app'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { UpdaterPort } from '../core/ports'
import { scheduleUpdateChecks, UPDATE_CHECK_INTERVAL_MS } from './schedule'

function scriptedUpdater(initial: UpdaterStatus = { state: 'idle' }) {
  let status = initial
  const check = vi.fn(async () => {
    status = { state: 'up-to-date', checkedAt: new Date().toISOString() }
    return status
  })
  const port: UpdaterPort = {
    status: () => status,
    check,
    download: async () => status,
    install: () => {},
    onStatus: () => () => {},
  }
  return { port, check, set: (next: UpdaterStatus) => (status = next) }
}

describe('scheduleUpdateChecks', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('checks once after the first delay, then every four hours', async () => {
    const { port, check } = scriptedUpdater()
    const stop = scheduleUpdateChecks({ updater: port, firstDelayMs: 10_000 })
    await vi.advanceTimersByTimeAsync(9_999)
    expect(check).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS - 1)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(check).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(2 * UPDATE_CHECK_INTERVAL_MS)
    expect(check).toHaveBeenCalledTimes(4)
    stop()
    await vi.advanceTimersByTimeAsync(10 * UPDATE_CHECK_INTERVAL_MS)
    expect(check).toHaveBeenCalledTimes(4)
  })

  it('leaves a download under way or a ready update alone, and checks again later', async () => {
    const { port, check, set } = scriptedUpdater({ state: 'downloading', version: '0.2.0', notes: null, percent: 30 })
    scheduleUpdateChecks({ updater: port, firstDelayMs: 0 })
    await vi.advanceTimersByTimeAsync(0)
    expect(check).not.toHaveBeenCalled()
    set({ state: 'ready', version: '0.2.0', notes: null })
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS)
    expect(check).not.toHaveBeenCalled()
    set({ state: 'error', message: 'offline' })
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS)
    expect(check).toHaveBeenCalledTimes(1)
  })

  it('never runs where the updater is unsupported', async () => {
    const { port, check } = scriptedUpdater({ state: 'unsupported', reason: 'preview' })
    scheduleUpdateChecks({ updater: port, firstDelayMs: 0 })
    await vi.advanceTimersByTimeAsync(3 * UPDATE_CHECK_INTERVAL_MS)
    expect(check).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })
})
