import { waitUntil } from '@renderer/lib/countdown'
import { EXTRACT_RETRY_MS, type ExtractInput } from '@shared/domain/extract'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTestLink } from './queries'

/**
 * Testing the link, and a 111's retry: one pending wait at most (a ref, so a double click cannot queue a second
 * test), shown as `waiting`, and dropped by `cancel` (product switch, new input) and on unmount.
 */
export function useLinkTest() {
  const test = useTestLink()
  const [waitEnds, setWaitEnds] = useState<number | null>(null)
  const [waiting, setWaiting] = useState(false)
  const pending = useRef<AbortController | null>(null)

  const cancel = useCallback(() => {
    pending.current?.abort()
    pending.current = null
    setWaiting(false)
  }, [])
  useEffect(() => cancel, [cancel])

  const run = (sent: ExtractInput) => {
    cancel()
    test.mutate(sent, {
      onSuccess: (result) =>
        setWaitEnds(result.outcome === 'refused' && result.code === 111 ? Date.now() + EXTRACT_RETRY_MS : null),
    })
  }

  /** Test again; after a 111, once the rest of Thordata's 2 s has passed. */
  const retry = (sent: ExtractInput) => {
    if (pending.current || test.isPending) return
    const refused111 = test.data?.outcome === 'refused' && test.data.code === 111
    if (!refused111 || waitEnds === null || waitEnds <= Date.now()) return run(sent)
    const controller = new AbortController()
    pending.current = controller
    setWaiting(true)
    void waitUntil(waitEnds, { signal: controller.signal }).then((waited) => {
      if (!waited || pending.current !== controller) return
      pending.current = null
      setWaiting(false)
      run(sent)
    })
  }

  const reset = () => {
    cancel()
    test.reset()
  }

  return { test, waitEnds, waiting, run, retry, cancel, reset }
}
