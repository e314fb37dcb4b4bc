import { describe, expect, it } from 'vitest'
import { ipSortKey } from './columns'

describe('ipSortKey', () => {
  it('orders IPv4 by number and IPv6 after it', () => {
    const ips = ['2001:db8::1', '198.51.100.100', '198.51.100.20', '10.0.0.1', '2001:db7:ffff::']
    expect([...ips].sort((a, b) => ipSortKey(a) - ipSortKey(b))).toEqual([
      '10.0.0.1',
      '198.51.100.20',
      '198.51.100.100',
      '2001:db7:ffff::',
      '2001:db8::1',
    ])
  })
})
