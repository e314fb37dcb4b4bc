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

/** Resolves once `until` has passed on the page's timers (a retry that waits out Thordata's 2 s). */
export function waitUntil(until: number, now: () => number = Date.now): Promise<void> {
  const ms = until - now()
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms))
}
