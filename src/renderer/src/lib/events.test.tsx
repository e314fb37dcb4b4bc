import { accountSession, createFakeBridge, sampleTraffic } from '@renderer/test-utils/fakeBridge'
import { renderView } from '@renderer/test-utils/render'
import { useQuery } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { channelQuery } from './queries'

function Balance() {
  const balance = useQuery(channelQuery('account.trafficBalance'))
  return <p>{balance.data ? `${balance.data.remainingBytes} bytes` : 'loading'}</p>
}

describe('a balance main pushes', () => {
  it('replaces the figure on screen without asking main again', async () => {
    const { fake } = renderView(<Balance />, createFakeBridge({ session: accountSession() }))
    expect(await screen.findByText(`${sampleTraffic.remainingBytes} bytes`)).toBeInTheDocument()
    act(() =>
      fake.emit('account.trafficBalance', {
        value: { remainingBytes: 42, expiresOn: null },
        fetchedAt: new Date().toISOString(),
      }),
    )
    expect(await screen.findByText('42 bytes')).toBeInTheDocument()
    expect(fake.callsTo('account.trafficBalance')).toHaveLength(1)
  })
})

function WalletAndUsage({ range }: { range: { from: string; to: string } }) {
  const wallet = useQuery(channelQuery('account.walletBalance'))
  const usage = useQuery(channelQuery('account.usage', range))
  return (
    <p>{`${wallet.data ? `$${wallet.data.amount}` : 'loading'} / ${usage.data ? usage.data.rangeUsedBytes : 'loading'}`}</p>
  )
}

describe('the wallet and usage report main fetched for the tray', () => {
  it('replace the figures on screen under the report’s own range, without asking main again', async () => {
    const range = { from: '2026-11-02', to: '2026-12-01' }
    const { fake } = renderView(<WalletAndUsage range={range} />, createFakeBridge({ session: accountSession() }))
    await screen.findByText(/^\$\d/)
    act(() => {
      fake.emit('account.walletBalance', { value: { amount: 7, currency: 'USD' }, fetchedAt: new Date().toISOString() })
      fake.emit('account.usage', {
        value: { ...range, totalUsedBytes: 99, remainingBytes: 1, rangeUsedBytes: 55, days: [] },
        fetchedAt: new Date().toISOString(),
      })
    })
    expect(await screen.findByText('$7 / 55')).toBeInTheDocument()
    expect(fake.callsTo('account.walletBalance')).toHaveLength(1)
    expect(fake.callsTo('account.usage')).toHaveLength(1)
  })
})
