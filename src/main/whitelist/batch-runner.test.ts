import type { BatchProgress } from '@shared/domain/public-ip'
import { AppErrorException, appError } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import { errorForCode, outcomeUnknownError, timeoutError, unreachableError } from '../thordata/errors'
import { type BatchConfig, createBatchRunner, defaultBatchConfig } from './batch-runner'

const rateLimited = () => new AppErrorException(errorForCode(10011))

/** A virtual clock: sleeping advances it at once, so no test waits in real time. */
function setup(config: BatchConfig = defaultBatchConfig) {
  let t = 1_000_000
  const sleeps: number[] = []
  const progress: BatchProgress[] = []
  const sends: { ip: string; at: number }[] = []
  let onSend: (ip: string, attempt: number) => Promise<void> | void = () => {}
  const runner = createBatchRunner({
    config: () => config,
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms)
      t += ms
    },
    progress: (p) => progress.push(p),
  })
  const add = async (ip: string) => {
    sends.push({ ip, at: t })
    t += 40 // each answer takes 40 ms
    await onSend(ip, sends.filter((s) => s.ip === ip).length)
  }
  return {
    runner,
    add,
    sends,
    sleeps,
    progress,
    fail: (fn: typeof onSend) => {
      onSend = fn
    },
  }
}

const ips = (n: number) => Array.from({ length: n }, (_, i) => `198.51.100.${i + 1}`)
const gaps = (times: number[]) => times.slice(1).map((time, i) => time - times[i])

describe('batch runner: pacing', () => {
  it('sends at most 2 a second by default: each send starts ≥ 500 ms after the one before', async () => {
    const t = setup()
    const results = await t.runner.run(ips(6), t.add, 'b1')
    expect(results.every((r) => r.ok)).toBe(true)
    expect(t.sends.map((s) => s.ip)).toEqual(ips(6))
    for (const gap of gaps(t.sends.map((s) => s.at))) expect(gap).toBeGreaterThanOrEqual(500)
    // …and no slower than that: the 40 ms answer counts towards the 500 ms.
    expect(t.sends.at(-1)!.at - t.sends[0].at).toBe(5 * 500)
  })

  it('follows the configured rate', async () => {
    const t = setup({ batchAddPerSecond: 5, rateLimitWaitsMs: [] })
    await t.runner.run(ips(4), t.add)
    expect(gaps(t.sends.map((s) => s.at))).toEqual([200, 200, 200])
  })

  it('keeps the rate across two batches back to back', async () => {
    const t = setup()
    await t.runner.run(ips(1), t.add)
    await t.runner.run(['203.0.113.9'], t.add)
    expect(gaps(t.sends.map((s) => s.at))).toEqual([500])
  })

  it('skips bad and repeated lines without sending them', async () => {
    const t = setup()
    const results = await t.runner.run(['198.51.100.1', 'nope', ' 198.51.100.1 '], t.add)
    expect(t.sends.map((s) => s.ip)).toEqual(['198.51.100.1'])
    expect(results).toMatchObject([
      { ok: true },
      { ok: false, outcome: 'rejected', error: { message: 'Not an IPv4 or IPv6 address' } },
      { ok: false, outcome: 'rejected', error: { message: 'Listed twice: added once above' } },
    ])
  })
})

describe('batch runner: failures', () => {
  it('waits out a 10011, sends that same line once more, and completes the batch', async () => {
    const t = setup()
    t.fail((ip, attempt) => {
      if (ip === '198.51.100.2' && attempt === 1) throw rateLimited()
    })
    const results = await t.runner.run(ips(3), t.add, 'b1')
    expect(results.map((r) => r.ok)).toEqual([true, true, true])
    expect(t.sends.map((s) => s.ip)).toEqual(['198.51.100.1', '198.51.100.2', '198.51.100.2', '198.51.100.3'])
    expect(t.sleeps).toContain(2_000)
    const [, refused, resent] = t.sends.map((s) => s.at)
    expect(resent - refused).toBeGreaterThanOrEqual(2_000)
  })

  it('grows the wait on repeated 10011s, then stops and reports that line and the rest as not sent', async () => {
    const t = setup({ batchAddPerSecond: 2, rateLimitWaitsMs: [2_000, 4_000] })
    t.fail((ip) => {
      if (ip === '198.51.100.2') throw rateLimited()
    })
    const results = await t.runner.run(ips(4), t.add, 'b1')
    expect(t.sends.filter((s) => s.ip === '198.51.100.2')).toHaveLength(3)
    expect(t.sends.map((s) => s.ip)).not.toContain('198.51.100.3')
    expect(t.progress.filter((p) => p.waitingMs).map((p) => p.waitingMs)).toEqual([2_000, 4_000])
    expect(results.map((r) => (r.ok ? 'added' : r.outcome))).toEqual(['added', 'not-sent', 'not-sent', 'not-sent'])
    expect(results[3]).toMatchObject({ error: { message: expect.stringMatching(/^Not sent: Thordata kept asking/) } })
  })

  it('never sends a line again when its answer was lost (timeout, 5xx), and goes on with the next', async () => {
    const t = setup()
    t.fail((ip) => {
      if (ip === '198.51.100.1') throw new AppErrorException(outcomeUnknownError(timeoutError(15_000)))
      if (ip === '198.51.100.2')
        throw new AppErrorException(outcomeUnknownError(appError('server', 'Bad gateway (HTTP 502).', { code: 502 })))
    })
    const results = await t.runner.run(ips(3), t.add, 'b1')
    expect(t.sends.map((s) => s.ip)).toEqual(ips(3))
    expect(results.map((r) => (r.ok ? 'added' : r.outcome))).toEqual(['unknown', 'unknown', 'added'])
    expect(results[0]).toMatchObject({
      error: {
        message:
          'Thordata did not answer within 15 s. It may or may not have been added: check the list before adding it again.',
        retryable: false,
      },
    })
  })

  it('a refusal from Thordata (e.g. a value it rejects) is that line’s result; the rest still go', async () => {
    const t = setup()
    t.fail((ip) => {
      if (ip === '198.51.100.1') throw new AppErrorException(errorForCode(10000))
    })
    const results = await t.runner.run(ips(2), t.add)
    expect(results).toMatchObject([{ ok: false, outcome: 'rejected', error: { code: 10000 } }, { ok: true }])
  })

  it('stops at a full whitelist (10019): that line is refused, the rest are not sent, and say why', async () => {
    const t = setup()
    t.fail((ip) => {
      if (ip === '198.51.100.2') throw new AppErrorException(errorForCode(10019))
    })
    const results = await t.runner.run(ips(3), t.add)
    expect(results).toMatchObject([
      { ok: true },
      { ok: false, outcome: 'rejected', error: { code: 10019 } },
      {
        ok: false,
        outcome: 'not-sent',
        error: { message: expect.stringMatching(/^Not sent: Your plan’s whitelist is full\./) },
      },
    ])
    expect(t.sends.map((s) => s.ip)).toEqual(['198.51.100.1', '198.51.100.2'])
  })

  it('stops when Thordata cannot be reached: that line and the rest are not sent', async () => {
    const t = setup()
    t.fail((ip) => {
      if (ip === '198.51.100.2') throw new AppErrorException(unreachableError('api.thordata.com'))
    })
    const results = await t.runner.run(ips(4), t.add, 'b1')
    expect(t.sends.map((s) => s.ip)).toEqual(ips(2))
    expect(results.map((r) => (r.ok ? 'added' : r.outcome))).toEqual(['added', 'not-sent', 'not-sent', 'not-sent'])
    expect(results[2]).toMatchObject({ error: { message: expect.stringMatching(/could not be reached/) } })
  })
})

describe('batch runner: progress and cancel', () => {
  it('reports progress in order, with the wait during a rate limit', async () => {
    const t = setup()
    t.fail((ip, attempt) => {
      if (ip === '198.51.100.2' && attempt === 1) throw rateLimited()
    })
    await t.runner.run(ips(3), t.add, 'b7')
    expect(t.progress).toEqual([
      { batchId: 'b7', sent: 0, total: 3 },
      { batchId: 'b7', sent: 1, total: 3 },
      { batchId: 'b7', sent: 1, total: 3, waitingMs: 2_000 },
      { batchId: 'b7', sent: 1, total: 3 },
      { batchId: 'b7', sent: 2, total: 3 },
      { batchId: 'b7', sent: 3, total: 3 },
    ])
  })

  it('cancel stops after the line in flight and reports exactly what was and was not sent', async () => {
    const t = setup()
    t.fail((ip) => {
      if (ip === '198.51.100.2') t.runner.cancel('b1')
    })
    const results = await t.runner.run(ips(5), t.add, 'b1')
    expect(t.sends.map((s) => s.ip)).toEqual(ips(2))
    expect(results.map((r) => (r.ok ? 'added' : r.outcome))).toEqual([
      'added',
      'added',
      'not-sent',
      'not-sent',
      'not-sent',
    ])
    expect(results[4]).toMatchObject({ error: { message: 'Not sent: the batch was cancelled.' } })
    expect(t.progress.at(-1)).toEqual({ batchId: 'b1', sent: 2, total: 5 })
  })

  it('cancel during a rate-limit wait ends the wait at once and does not send the line again', async () => {
    let release = () => {}
    const runner = createBatchRunner({
      config: () => defaultBatchConfig,
      now: () => 0,
      // This wait never ends by itself: only the cancel can end it.
      sleep: (ms) =>
        ms >= 2_000
          ? new Promise<void>((resolve) => {
              release = resolve
            })
          : Promise.resolve(),
    })
    const sent: string[] = []
    const done = runner.run(
      ips(2),
      async (ip) => {
        sent.push(ip)
        throw rateLimited()
      },
      'b1',
    )
    await new Promise((resolve) => setTimeout(resolve, 0))
    runner.cancel('b1')
    const results = await done
    release()
    expect(sent).toEqual(['198.51.100.1'])
    expect(results.map((r) => (r.ok ? 'added' : r.outcome))).toEqual(['not-sent', 'not-sent'])
  })

  it('ignores a cancel for a batch that is not running, and refuses a batch id already running', async () => {
    const t = setup()
    t.runner.cancel('nothing')
    let second: Promise<unknown> | null = null
    t.fail(() => {
      second ??= t.runner.run(ips(1), t.add, 'b1')
    })
    await t.runner.run(ips(1), t.add, 'b1')
    await expect(second).rejects.toMatchObject({ appError: { kind: 'conflict' } })
  })
})
