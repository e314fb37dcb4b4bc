import { useCallback, useEffect, useRef, useState } from 'react'

export type Sent<T> = { status: 'skipped' } | { status: 'done'; value: T } | { status: 'failed'; error: unknown }

/**
 * Runs a request once per confirmation: a second click while it runs does nothing (a ref, not state: a double
 * click lands before React re-renders with `pending`), and nothing is retried. `isMounted` tells whether the
 * answer still has a dialog to land in.
 */
export function useSendOnce() {
  const inFlight = useRef(false)
  const mounted = useRef(true)
  const [pending, setPending] = useState(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const send = useCallback(async <T>(run: () => Promise<T>): Promise<Sent<T>> => {
    if (inFlight.current) return { status: 'skipped' }
    inFlight.current = true
    setPending(true)
    try {
      return { status: 'done', value: await run() }
    } catch (error) {
      return { status: 'failed', error }
    } finally {
      inFlight.current = false
      if (mounted.current) setPending(false)
    }
  }, [])

  const isMounted = useCallback(() => mounted.current, [])
  return { send, pending, isMounted }
}
