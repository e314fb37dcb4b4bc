import { appError } from '@shared/errors'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { purchaseOutcomesOf } from '../../lib/purchase-outcome'
import { usePurchase } from './usePurchase'

const lost = appError('server', 'The answer was lost.', { code: 502, retryable: false, outcome: 'unknown' })
const refused = appError('conflict', 'Wallet too low.', { code: 10008, retryable: false })

function setup() {
  const client = new QueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const a = renderHook(() => usePurchase('server-a'), { wrapper })
  const b = renderHook(() => usePurchase('server-b'), { wrapper })
  return { client, a, b }
}

describe('usePurchase', () => {
  it('after an unknown outcome sends nothing for that purchase until it is acknowledged; others go on', async () => {
    const { client, a, b } = setup()
    let sent = 0
    const run = async () => {
      sent++
      throw lost
    }
    await act(async () => {
      expect((await a.result.current.send(run)).status).toBe('failed')
    })
    expect(a.result.current.blocked).toBe(true)
    await act(async () => {
      expect((await a.result.current.send(run)).status).toBe('skipped')
    })
    expect(sent).toBe(1)
    expect(b.result.current.blocked).toBe(false)
    await act(async () => {
      await b.result.current.send(async () => 'ok')
    })

    act(() => purchaseOutcomesOf(client).set('server-a', { error: lost, checked: true }))
    expect(a.result.current.blocked).toBe(false)
    await act(async () => {
      expect(await a.result.current.send(async () => 'ok')).toEqual({ status: 'done', value: 'ok' })
    })
    expect(a.result.current.unknown).toBeNull()
  })

  it('a definite refusal does not block, and a double send runs once', async () => {
    const { a } = setup()
    await act(async () => {
      await a.result.current.send(async () => {
        throw refused
      })
    })
    expect(a.result.current.blocked).toBe(false)
    let runs = 0
    let finish: () => void = () => {}
    await act(async () => {
      const first = a.result.current.send(() =>
        new Promise<void>((resolve) => (finish = resolve)).then(() => void runs++),
      )
      expect((await a.result.current.send(async () => void runs++)).status).toBe('skipped')
      finish()
      await first
    })
    expect(runs).toBe(1)
  })
})
