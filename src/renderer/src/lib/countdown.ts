import { useEffect, useState } from 'react'

const secondsLeft = (until: number | null, now: () => number) =>
  until === null ? 0 : Math.max(0, Math.ceil((until - now()) / 1000))

/** Whole seconds left until `until` (ms since epoch) on the given clock, re-read a few times a second; 0 once past. */
export function useSecondsLeft(until: number | null, now: () => number = Date.now): number {
  const [, tick] = useState(0)
  useEffect(() => {
    if (until === null) return
    const timer = setInterval(() => {
      tick((n) => n + 1)
      if (secondsLeft(until, now) === 0) clearInterval(timer)
    }, 200)
    return () => clearInterval(timer)
  }, [until, now])
  return secondsLeft(until, now)
}

/**
 * Resolves once `until` has passed on the page's timers: true when waited out, false when `signal` aborted first
 * (the timer is then cleared, so nothing runs late).
 */
export function waitUntil(
  until: number,
  { now = Date.now, signal }: { now?: () => number; signal?: AbortSignal } = {},
): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false)
  const ms = until - now()
  if (ms <= 0) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve(true)
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      resolve(false)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
