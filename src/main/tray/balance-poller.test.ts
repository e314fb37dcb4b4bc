import type { TrafficBalance } from '@shared/domain/account'
import { AppErrorException, appError } from '@shared/errors'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBalancePoller, type PollerState } from './balance-poller'

const MIN = 60_000
const balance = (gb: number): TrafficBalance => ({ remainingBytes: gb * 1024 ** 3, expiresOn: '2026-12-31' })
const offline = () => new AppErrorException(appError('network', 'Thordata could not be reached'))
const tooFast = () => new AppErrorException(appError('rate-limit', 'Too many requests', { code: 10011 }))

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function setup(fetchBalance: () => Promise<TrafficBalance>) {
  const changes: PollerState[] = []
  const poller = createBalancePoller({
    fetchBalance,
    now: () => new Date(),
    onChange: (state) => changes.push(state),
  })
  return { poller, changes }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-11-27T12:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('balance poller', () => {
  it('loads at start and then every five minutes', async () => {
    const fetch = vi.fn(async () => balance(37.4))
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(poller.state()).toMatchObject({
      balance: { value: balance(37.4), fetchedAt: '2026-11-27T12:00:00.000Z' },
      error: null,
      fetching: false,
      nextAttemptAt: '2026-11-27T12:05:00.000Z',
    })
    await vi.advanceTimersByTimeAsync(5 * MIN - 1)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(2)
    poller.stop()
  })

  it('tells the listener while it is fetching and when it is done', async () => {
    const answer = deferred<TrafficBalance>()
    const { poller, changes } = setup(() => answer.promise)
    poller.start()
    expect(changes.at(-1)).toMatchObject({ fetching: true, balance: null })
    answer.resolve(balance(2))
    await vi.advanceTimersByTimeAsync(0)
    expect(changes.at(-1)).toMatchObject({ fetching: false, balance: { value: balance(2) } })
    poller.stop()
  })

  it('keeps the last good balance when a refresh fails, and clears the error on the next success', async () => {
    const fetch = vi
      .fn<() => Promise<TrafficBalance>>()
      .mockResolvedValueOnce(balance(5))
      .mockRejectedValueOnce(offline())
    fetch.mockResolvedValueOnce(balance(4))
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(5 * MIN)
    expect(poller.state().balance?.value).toEqual(balance(5))
    expect(poller.state().error).toMatchObject({ kind: 'network', message: 'Thordata could not be reached' })
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(poller.state()).toMatchObject({ balance: { value: balance(4) }, error: null, failures: 0 })
    poller.stop()
  })

  it('doubles the wait after each failure up to 30 minutes, then returns to five after a success', async () => {
    const fetch = vi.fn<() => Promise<TrafficBalance>>().mockRejectedValue(offline())
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(0)
    const callsAfter = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms)
      return fetch.mock.calls.length
    }
    expect(await callsAfter(10 * MIN - 1)).toBe(1)
    expect(await callsAfter(1)).toBe(2)
    expect(await callsAfter(20 * MIN - 1)).toBe(2)
    expect(await callsAfter(1)).toBe(3)
    expect(await callsAfter(30 * MIN)).toBe(4)
    expect(await callsAfter(30 * MIN)).toBe(5)
    fetch.mockResolvedValue(balance(1))
    expect(await callsAfter(30 * MIN)).toBe(6)
    expect(poller.state().failures).toBe(0)
    expect(await callsAfter(5 * MIN)).toBe(7)
    poller.stop()
  })

  it('backs off further when Thordata says the requests come too fast (10011) than after a plain failure', async () => {
    const fetch = vi.fn<() => Promise<TrafficBalance>>().mockRejectedValue(tooFast())
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(poller.state().error).toMatchObject({ kind: 'rate-limit', code: 10011 })
    // A network failure would wait 10 minutes; a rate limit counts twice.
    expect(poller.state().nextAttemptAt).toBe('2026-11-27T12:20:00.000Z')
    await vi.advanceTimersByTimeAsync(20 * MIN - 1)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(poller.state().nextAttemptAt).toBe('2026-11-27T12:50:00.000Z')
    fetch.mockResolvedValue(balance(3))
    await vi.advanceTimersByTimeAsync(30 * MIN)
    expect(poller.state()).toMatchObject({ error: null, failures: 0, nextAttemptAt: '2026-11-27T12:55:00.000Z' })
    poller.stop()
  })

  it('pauses while the machine sleeps or is offline, and polls at once when it is back', async () => {
    const fetch = vi.fn(async () => balance(5))
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(0)
    poller.pause()
    expect(poller.state().nextAttemptAt).toBeNull()
    await vi.advanceTimersByTimeAsync(60 * MIN)
    expect(fetch).toHaveBeenCalledTimes(1)
    poller.resume()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(poller.state().nextAttemptAt).toBe('2026-11-27T13:05:00.000Z')
    poller.stop()
  })

  it('an answer that lands during a pause schedules nothing', async () => {
    const answer = deferred<TrafficBalance>()
    const fetch = vi.fn(() => answer.promise)
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(0)
    poller.pause()
    answer.resolve(balance(5))
    await vi.advanceTimersByTimeAsync(60 * MIN)
    expect(poller.state()).toMatchObject({ balance: { value: balance(5) }, nextAttemptAt: null })
    expect(fetch).toHaveBeenCalledTimes(1)
    poller.stop()
  })

  it("a balance loaded elsewhere counts as this interval's poll: the next one waits a full interval from it", async () => {
    const fetch = vi.fn(async () => balance(5))
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(3 * MIN)
    poller.accept(balance(4))
    expect(poller.state()).toMatchObject({ balance: { value: balance(4) }, nextAttemptAt: '2026-11-27T12:08:00.000Z' })
    await vi.advanceTimersByTimeAsync(5 * MIN - 1)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(2)
    poller.stop()
  })

  it('hands out the attempt under way, so a reader elsewhere shares its one request', async () => {
    const answer = deferred<TrafficBalance>()
    const fetch = vi.fn(() => answer.promise)
    const { poller } = setup(fetch)
    expect(poller.pending()).toBeNull()
    poller.start()
    const pending = poller.pending()
    expect(pending).not.toBeNull()
    answer.resolve(balance(2))
    await pending
    expect(poller.pending()).toBeNull()
    expect(poller.state().balance?.value).toEqual(balance(2))
    expect(fetch).toHaveBeenCalledTimes(1)
    poller.stop()
  })

  it('never has two requests out at once, whoever asks', async () => {
    const answer = deferred<TrafficBalance>()
    const fetch = vi.fn(() => answer.promise)
    const { poller } = setup(fetch)
    poller.start()
    const first = poller.refresh()
    const second = poller.refresh()
    await vi.advanceTimersByTimeAsync(60 * MIN)
    expect(fetch).toHaveBeenCalledTimes(1)
    answer.resolve(balance(3))
    await Promise.all([first, second])
    expect(poller.state().balance?.value).toEqual(balance(3))
    expect(fetch).toHaveBeenCalledTimes(1)
    poller.stop()
  })

  it('loads at once on a manual refresh and counts the next interval from then', async () => {
    const fetch = vi.fn(async () => balance(8))
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(3 * MIN)
    await poller.refresh()
    expect(fetch).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(5 * MIN - 1)
    expect(fetch).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(3)
    poller.stop()
  })

  it('does not poll on its own after a refresh while stopped', async () => {
    const fetch = vi.fn(async () => balance(8))
    const { poller } = setup(fetch)
    await poller.refresh()
    expect(poller.state().nextAttemptAt).toBeNull()
    await vi.advanceTimersByTimeAsync(60 * MIN)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('stops cleanly: no more requests, and a late answer does not bring the old balance back', async () => {
    const answer = deferred<TrafficBalance>()
    const fetch = vi.fn(() => answer.promise)
    const { poller, changes } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(1)
    poller.stop()
    expect(poller.state()).toMatchObject({ balance: null, error: null, fetching: false })
    const seen = changes.length
    answer.resolve(balance(9))
    await vi.advanceTimersByTimeAsync(60 * MIN)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(poller.state().balance).toBeNull()
    expect(changes).toHaveLength(seen)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('forgets the previous balance on stop, and after a restart waits for the old request before sending a new one', async () => {
    const old = deferred<TrafficBalance>()
    const fetch = vi
      .fn<() => Promise<TrafficBalance>>()
      .mockResolvedValueOnce(balance(1))
      .mockReturnValueOnce(old.promise)
    fetch.mockResolvedValueOnce(balance(50))
    const { poller } = setup(fetch)
    poller.start()
    await vi.advanceTimersByTimeAsync(5 * MIN)
    expect(fetch).toHaveBeenCalledTimes(2)
    poller.stop()
    poller.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(poller.state()).toMatchObject({ balance: null, fetching: true })
    old.resolve(balance(1))
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(poller.state().balance?.value).toEqual(balance(50))
    poller.stop()
  })

  it('sends nothing when stopped before the first request went out', async () => {
    const fetch = vi.fn(async () => balance(1))
    const { poller } = setup(fetch)
    poller.start()
    poller.stop()
    await vi.advanceTimersByTimeAsync(60 * MIN)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('turns an unexpected failure into a plain message without its internals', async () => {
    const { poller } = setup(async () => {
      throw new Error('socket hang up at 10.0.0.7 token=abc')
    })
    await poller.refresh()
    expect(poller.state().error).toEqual({
      kind: 'server',
      message: 'Something went wrong while loading the balance',
      retryable: true,
    })
  })

  it('uses injected timers when given', async () => {
    const handles: Array<{ run: () => void; ms: number }> = []
    const timers = {
      setTimeout: (run: () => void, ms: number) => {
        const handle = { run, ms }
        handles.push(handle)
        return handle
      },
      clearTimeout: vi.fn(),
    }
    const fetch = vi.fn(async () => balance(1))
    const poller = createBalancePoller({ fetchBalance: fetch, intervalMs: 1000, timers })
    poller.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(handles.map((h) => h.ms)).toEqual([1000])
    handles[0].run()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledTimes(2)
    poller.stop()
    expect(timers.clearTimeout).toHaveBeenCalledWith(handles[1])
  })
})
