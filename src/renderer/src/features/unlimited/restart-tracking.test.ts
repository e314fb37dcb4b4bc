import type { UnlimitedServer } from '@shared/domain/unlimited'
import { describe, expect, it } from 'vitest'
import { expireRestarts, followRestarts, nextTimeout, type TrackedRestart } from './restart-tracking'
import { siliconValley } from './servers.fixture'

const started: TrackedRestart = { planName: siliconValley.planName, startedAt: 1_000, seenDown: false }
const listed = (patch: Partial<UnlimitedServer>) => [{ ...siliconValley, ...patch }]
const down = listed({ statusText: 'Restarting', running: false })
const up = listed({})

describe('followRestarts', () => {
  it('ignores a list read before the restart was accepted', () => {
    expect(followRestarts([started], up, 999)).toEqual({ tracked: [started], outcomes: [] })
  })

  it('is back only once the list has shown the server down and then running', () => {
    const first = followRestarts([started], up, 2_000)
    expect(first.outcomes).toEqual([])
    const second = followRestarts(first.tracked, down, 5_000)
    expect(second.tracked).toEqual([{ ...started, seenDown: true, lastRunning: false }])
    const third = followRestarts(second.tracked, up, 8_000)
    expect(third).toEqual({ tracked: [], outcomes: [{ kind: 'back', planName: started.planName }] })
  })

  it('times out still down, or still running without ever showing a restart', () => {
    const stillDown = followRestarts([{ ...started, seenDown: true }], down, 1_000 + 180_000)
    expect(stillDown.outcomes).toEqual([{ kind: 'timedOut', planName: started.planName, stillRunning: false }])
    const neverDown = followRestarts([started], up, 1_000 + 180_000)
    expect(neverDown.outcomes).toEqual([{ kind: 'timedOut', planName: started.planName, stillRunning: true }])
    expect(followRestarts([started], up, 1_000 + 179_999).outcomes).toEqual([])
  })

  it('keeps following a server missing from one list until the timeout', () => {
    expect(followRestarts([started], [], 2_000).tracked).toEqual([{ ...started, lastRunning: null }])
  })
})

describe('expireRestarts (the timeout on its own timer, list or no list)', () => {
  it('ends only the follows past their timeout', () => {
    const later: TrackedRestart = { ...started, planName: 'later.proxy.thordata.net', startedAt: 60_000 }
    expect(nextTimeout([started, later])).toBe(1_000 + 180_000)
    const step = expireRestarts([started, later], 1_000 + 180_000)
    expect(step.tracked).toEqual([later])
    expect(step.outcomes).toEqual([{ kind: 'timedOut', planName: started.planName, stillRunning: false }])
    expect(expireRestarts([started], 1_000 + 179_999).outcomes).toEqual([])
    expect(nextTimeout([])).toBeNull()
  })

  it('says "no restart seen" only when the last list read showed it running and never down', () => {
    const at = 1_000 + 180_000
    const noRead = expireRestarts([{ ...started, lastRunning: null }], at).outcomes[0]
    expect(noRead).toMatchObject({ stillRunning: false })
    const keptRunning = expireRestarts([{ ...started, lastRunning: true }], at).outcomes[0]
    expect(keptRunning).toMatchObject({ stillRunning: true })
    const wentDown = expireRestarts([{ ...started, seenDown: true, lastRunning: false }], at).outcomes[0]
    expect(wentDown).toMatchObject({ stillRunning: false })
  })
})
