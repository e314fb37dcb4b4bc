/**
 * Reads a gateway username the way Thordata's proxies do (sdk-spec proxy.yaml): `td-customer-<user>` followed by
 * `-key-value` segments for continent, country, state, city, asn, sessid and sesstime. The simulator's forward
 * proxy uses it to find the proxy user and to reflect the targeting in its IP echo.
 */
export interface ProxyLogin {
  username: string
  continent?: string
  country?: string
  state?: string
  city?: string
  asn?: string
  sessionId?: string
  sessionMinutes?: number
}

const keys = {
  continent: 'continent',
  country: 'country',
  state: 'state',
  city: 'city',
  asn: 'asn',
  sessid: 'sessionId',
} as const

/** The login, or the reason the gateway would refuse the name. */
export function parseProxyUsername(full: string): ProxyLogin | { error: string } {
  const parts = full.split('-')
  if (parts[0] !== 'td' || parts[1] !== 'customer' || !parts[2]) {
    return { error: 'the username must start with td-customer-<user>' }
  }
  const login: ProxyLogin = { username: parts[2] }
  const rest = parts.slice(3)
  if (rest.length % 2 !== 0) return { error: `segment "${rest.at(-1)}" has no value` }
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i] as string
    const value = rest[i + 1] as string
    if (!value) return { error: `segment "${key}" has no value` }
    if (key === 'sesstime') {
      const minutes = Number(value)
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > 90) return { error: 'sesstime must be 1–90 minutes' }
      login.sessionMinutes = minutes
      continue
    }
    if (!Object.hasOwn(keys, key)) return { error: `unknown segment "${key}"` }
    login[keys[key as keyof typeof keys]] = value
  }
  if (login.asn && !login.country) return { error: 'asn needs a country' }
  if (login.sessionMinutes !== undefined && !login.sessionId) return { error: 'sesstime needs a sessid' }
  return login
}
