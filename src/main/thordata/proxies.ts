import type { ProxyExpiration, ProxyExpirationInput, StaticProxiesInput, StaticProxy } from '@shared/domain/proxies'
import { Fields, listIn } from './parse'
import { staticProxyType } from './products'
import type { Transport } from './transport'

/** Rows may use the sign/apiKey generation's names (`user`, `pwd`, `expireTime`, `startTime`). */
export function parseStaticProxy(row: unknown): StaticProxy {
  const f = new Fields(row, 'ISP/datacenter proxy')
  const port = f.optNumber('port')
  return {
    ip: f.text('ip'),
    port: port !== null && Number.isInteger(port) ? port : null,
    username: f.text(['username', 'user']),
    password: f.text(['password', 'pwd']),
    country: f.optText('country'),
    city: f.optText('city'),
    purchasedAt: f.dateTime(['purchase_time', 'startTime', 'start_time']),
    expiresAt: f.dateTime(['expiration_time', 'expireTime', 'expire_time']),
  }
}

export function parseExpirations(data: unknown): ProxyExpiration[] {
  return listIn(data, 'expiration times').map((row) => {
    const f = new Fields(row, 'expiration time')
    return { ip: f.text('ip'), expiresAt: f.dateTime(['expiration_time', 'expireTime', 'expire_time']) }
  })
}

export function createProxiesApi(transport: Transport) {
  return {
    async list(input: StaticProxiesInput): Promise<StaticProxy[]> {
      const data = await transport.get('/proxy/proxy-list', { proxy_type: staticProxyType(input.product) })
      return listIn(data, 'ISP/datacenter proxies').map(parseStaticProxy)
    },

    async expirations(input: ProxyExpirationInput): Promise<ProxyExpiration[]> {
      const data = await transport.get('/proxy/expiration-time', {
        proxy_type: staticProxyType(input.product),
        ips: input.ips.map((ip) => ip.trim()).join(','),
      })
      return parseExpirations(data)
    },
  }
}
