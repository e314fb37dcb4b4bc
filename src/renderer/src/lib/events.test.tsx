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
