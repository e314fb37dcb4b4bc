import { describe, expect, it } from 'vitest'
import { readPastedIps } from './paste'

describe('readPastedIps', () => {
  it('takes lines, commas, semicolons and spaces, each address once, in order', () => {
    expect(readPastedIps('198.51.100.20\n203.0.113.7, 198.51.100.20;2001:db8::1  2001:DB8::1')).toEqual({
      ips: ['198.51.100.20', '203.0.113.7', '2001:db8::1'],
      invalid: [],
      repeats: 2,
    })
  })

  it('lists what is not an IP, each once', () => {
    expect(readPastedIps('300.1.1.1 host.example 300.1.1.1 192.0.2.1')).toEqual({
      ips: ['192.0.2.1'],
      invalid: ['300.1.1.1', 'host.example'],
      repeats: 0,
    })
  })

  it('is empty for blank text', () => {
    expect(readPastedIps(' \n, ')).toEqual({ ips: [], invalid: [], repeats: 0 })
  })
})
