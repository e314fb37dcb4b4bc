import { afterEach, describe, expect, it, vi } from 'vitest'
import { waitUntil } from './countdown'

afterEach(() => vi.useRealTimers())

describe('waitUntil', () => {
  it('resolves true once the moment has passed on the injected clock', async () => {
    vi.useFakeTimers()
    const now = () => 1_000
    let waited: boolean | undefined
    void waitUntil(3_000, { now }).then((value) => (waited = value))
    await vi.advanceTimersByTimeAsync(1_999)
    expect(waited).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    expect(waited).toBe(true)
  })

  it('resolves false when aborted first, and leaves no timer behind', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const wait = waitUntil(Date.now() + 2_000, { signal: controller.signal })
    controller.abort()
    expect(await wait).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('does not wait for a moment already past', async () => {
    expect(await waitUntil(0, { now: () => 5 })).toBe(true)
  })
})
