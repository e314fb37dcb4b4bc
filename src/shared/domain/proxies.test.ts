import { describe, expect, it } from 'vitest'
import { formatStaticProxy, staticProxyFormats } from './proxies'

const v4 = { ip: '198.51.100.20', port: 6666, username: 'isp_u1', password: 'p@ss:w%rd' }
const v6 = { ...v4, ip: '2001:db8::1' }

describe('formatStaticProxy', () => {
  it('writes each format tools take, with the password percent-encoded only inside URLs', () => {
    expect(staticProxyFormats.map((f) => formatStaticProxy(v4, f))).toEqual([
      '198.51.100.20:6666:isp_u1:p@ss:w%rd',
      'isp_u1:p@ss:w%rd@198.51.100.20:6666',
      'http://isp_u1:p%40ss%3Aw%25rd@198.51.100.20:6666',
      'socks5://isp_u1:p%40ss%3Aw%25rd@198.51.100.20:6666',
    ])
  })

  it('brackets an IPv6 address in every format, so its colons are never read as separators', () => {
    expect(staticProxyFormats.map((f) => formatStaticProxy(v6, f))).toEqual([
      '[2001:db8::1]:6666:isp_u1:p@ss:w%rd',
      'isp_u1:p@ss:w%rd@[2001:db8::1]:6666',
      'http://isp_u1:p%40ss%3Aw%25rd@[2001:db8::1]:6666',
      'socks5://isp_u1:p%40ss%3Aw%25rd@[2001:db8::1]:6666',
    ])
    expect(new URL(formatStaticProxy(v6, 'http')).hostname).toBe('[2001:db8::1]')
  })

  it('leaves the port out when Thordata sent none', () => {
    expect(formatStaticProxy({ ...v4, port: null }, 'http')).toBe('http://isp_u1:p%40ss%3Aw%25rd@198.51.100.20')
  })
})
