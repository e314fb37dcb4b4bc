import { describe, expect, it } from 'vitest'
import { createHandedOut } from './handed-out'

describe('the entries extract links handed out', () => {
  it('knows an entry only for the product it was handed out for', () => {
    const handed = createHandedOut()
    handed.remember('residential', [{ host: 'GW1.example.net', port: 30001 }])
    expect(handed.has('residential', 'gw1.example.net', 30001)).toBe(true)
    expect(handed.has('unlimited', 'gw1.example.net', 30001)).toBe(false)
    expect(handed.has('residential', 'gw1.example.net', 30002)).toBe(false)
    expect(handed.has('residential', '127.0.0.1', 22)).toBe(false)
  })

  it('forgets the oldest entries beyond its bound, and keeps ones seen again', () => {
    const handed = createHandedOut(2)
    handed.remember('residential', [
      { host: 'a', port: 1 },
      { host: 'b', port: 2 },
    ])
    handed.remember('residential', [{ host: 'a', port: 1 }])
    handed.remember('residential', [{ host: 'c', port: 3 }])
    expect(handed.has('residential', 'a', 1)).toBe(true)
    expect(handed.has('residential', 'b', 2)).toBe(false)
    expect(handed.has('residential', 'c', 3)).toBe(true)
  })
})
