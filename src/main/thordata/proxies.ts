import type {
  ProxyExpiration,
  ProxyExpirationInput,
  ProxyExpirationList,
  StaticProxiesInput,
  StaticProxy,
  StaticProxyList,
} from '@shared/domain/proxies'
import { ipAddress } from '@shared/domain/whitelist'
import { dateTimeToIso, envelopeKeys, Fields, isRow, listIn, readRows } from './parse'
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

/** The list under `data`, `data.list` (Go SDK) or the envelope's top-level `list` (Python, JS and Java SDKs). */
export function parseStaticProxyList(data: unknown): StaticProxyList {
  const { rows, skipped } = readRows(listIn(data, 'ISP/datacenter proxies'), parseStaticProxy)
  return { proxies: rows, skipped }
}

function parseExpirationRow(row: unknown): ProxyExpiration {
  const f = new Fields(row, 'expiration time')
  return { ip: f.text('ip'), expiresAt: f.dateTime(['expiration_time', 'expireTime', 'expire_time']) }
}

const isIp = (key: string) => ipAddress.safeParse(key).success

/**
 * The documented `[{ip, expiration_time}]`, or the `{ip: unix-seconds}` map that the Python SDK's test sends
 * (`{"1.2.3.4": 1735689600}`); a map value may also be a date-time string.
 */
export function parseExpirations(data: unknown): ProxyExpirationList {
  if (isRow(data) && Object.keys(data).some(isIp)) {
    const expirations: ProxyExpiration[] = []
    let skipped = 0
    for (const [key, value] of Object.entries(data)) {
      if (isIp(key)) expirations.push({ ip: key, expiresAt: dateTimeToIso(value) })
      else if (!envelopeKeys.has(key)) skipped++
    }
    return { expirations, skipped }
  }
  const { rows, skipped } = readRows(listIn(data, 'expiration times'), parseExpirationRow)
  return { expirations: rows, skipped }
}

export function createProxiesApi(transport: Transport) {
  return {
    async list(input: StaticProxiesInput): Promise<StaticProxyList> {
      return parseStaticProxyList(
        await transport.get('/proxy/proxy-list', { proxy_type: staticProxyType(input.product) }),
      )
    },

    async expirations(input: ProxyExpirationInput): Promise<ProxyExpirationList> {
      const data = await transport.get('/proxy/expiration-time', {
        proxy_type: staticProxyType(input.product),
        ips: input.ips.map((ip) => ip.trim()).join(','),
      })
      return parseExpirations(data)
    },
  }
}
