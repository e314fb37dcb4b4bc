import { describe, expect, it } from 'vitest'
import { createRequestLog, REQUEST_LOG_LIMIT } from './requests'

const paths = (log: ReturnType<typeof createRequestLog>) => log.list().map((r) => r.path)

describe('the simulator’s request log', () => {
  it('keeps only the last 10,000 requests, oldest first, however long demo mode runs', () => {
    const log = createRequestLog()
    for (let i = 0; i < REQUEST_LOG_LIMIT + 2_500; i++) log.record('GET', `/api/${i}`)
    const kept = paths(log)
    expect(REQUEST_LOG_LIMIT).toBe(10_000)
    expect(kept).toHaveLength(10_000)
    expect(kept[0]).toBe('/api/2500')
    expect(kept.at(-1)).toBe(`/api/${REQUEST_LOG_LIMIT + 2_499}`)
  })

  it('lists in order across the wrap, and shows what the server filled in after recording', () => {
    const log = createRequestLog(3)
    for (const n of [1, 2, 3, 4]) log.record('POST', `/p${n}`)
    const last = log.record('GET', '/p5')
    last.fault = 'timeout'
    expect(log.list()).toEqual([
      { method: 'POST', path: '/p3', fault: null, routed: false },
      { method: 'POST', path: '/p4', fault: null, routed: false },
      { method: 'GET', path: '/p5', fault: 'timeout', routed: false },
    ])
  })

  it('hands out copies, and starts over when cleared', () => {
    const log = createRequestLog(2)
    log.record('GET', '/a')
    log.list()[0].path = '/changed'
    expect(paths(log)).toEqual(['/a'])
    log.record('GET', '/b')
    log.record('GET', '/c')
    log.clear()
    log.record('GET', '/d')
    expect(paths(log)).toEqual(['/d'])
  })
})
