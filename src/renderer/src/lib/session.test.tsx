import { accountSession, createFakeBridge, sampleTraffic } from '@renderer/test-utils/fakeBridge'
import { renderView } from '@renderer/test-utils/render'
import type { SessionInfo } from '@shared/domain/session'
import { useQuery } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { channelQuery, figureAge, keyFor, useFigureAge } from './queries'
import { useSession } from './session'

const threeHoursAgo = new Date(Date.now() - 3 * 3600_000).toISOString()
const withCache: SessionInfo = {
  ...accountSession(),
  cached: { trafficBalance: { value: { remainingBytes: 7, expiresOn: null }, fetchedAt: threeHoursAgo } },
}

function Balance() {
  const session = useSession()
  const balance = useQuery({ ...channelQuery('account.trafficBalance'), enabled: session.isSuccess })
  const age = useFigureAge(keyFor('account.trafficBalance'))
  return (
    <p>
      {balance.data ? `${balance.data.remainingBytes} bytes` : 'nothing'} · {age.updatedAt?.toISOString() ?? 'never'}
    </p>
  )
}

describe('the last figures from main', () => {
  it('paint at once with their time, then the fresh figure replaces them', async () => {
    let answer: (value: unknown) => void = () => {}
    const fake = createFakeBridge({ session: withCache })
    fake.respond('session.get', () => ({ ok: true, value: withCache }))
    fake.respond(
      'account.trafficBalance',
      () => new Promise((done) => (answer = () => done({ ok: true, value: sampleTraffic }))),
    )
    renderView(<Balance />, fake)
    expect(await screen.findByText(`7 bytes · ${threeHoursAgo}`)).toBeInTheDocument()
    // Stale: refetched in the background, while the cached figure stays up.
    await waitFor(() => expect(fake.callsTo('account.trafficBalance')).toHaveLength(1))
    answer(undefined)
    expect(await screen.findByText(new RegExp(`^${sampleTraffic.remainingBytes} bytes`))).toBeInTheDocument()
    expect(screen.queryByText(threeHoursAgo, { exact: false })).not.toBeInTheDocument()
  })

  it('refetch a figure from the last run however recent it is', async () => {
    const secondsAgo = new Date(Date.now() - 5_000).toISOString()
    const recent: SessionInfo = {
      ...accountSession(),
      cached: { trafficBalance: { value: { remainingBytes: 7, expiresOn: null }, fetchedAt: secondsAgo } },
    }
    const fake = createFakeBridge({ session: recent })
    fake.respond('session.get', () => ({ ok: true, value: recent }))
    renderView(<Balance />, fake)
    expect(await screen.findByText(new RegExp(`^${sampleTraffic.remainingBytes} bytes`))).toBeInTheDocument()
    expect(fake.callsTo('account.trafficBalance')).toHaveLength(1)
  })

  it('says how old a figure is', () => {
    expect(figureAge(0, 1000)).toEqual({ updatedAt: null, ageMs: null })
    expect(figureAge(1000, 4000)).toEqual({ updatedAt: new Date(1000), ageMs: 3000 })
    expect(figureAge(5000, 4000).ageMs).toBe(0)
  })
})
