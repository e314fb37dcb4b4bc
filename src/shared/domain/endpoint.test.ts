import { describe, expect, it } from 'vitest'
import {
  continents,
  type EndpointInput,
  endpointCopyInput,
  endpointInput,
  endpointParts,
  formatEndpoint,
  gateways,
  randomSessionId,
} from './endpoint'

const build = (input: Partial<EndpointInput>) =>
  endpointParts(endpointInput.parse({ product: 'residential', username: 'alice123', ...input }))
const refusal = (input: Partial<EndpointInput>) => {
  const parsed = endpointInput.safeParse({ product: 'residential', username: 'alice123', ...input })
  expect(parsed.success).toBe(false)
  const issue = parsed.error?.issues[0]
  return { field: issue?.path.join('.'), message: issue?.message }
}

describe('endpoint username (sdk-spec proxy.yaml segment order)', () => {
  it('is td-customer-<user> with no targeting, on the product gateway', () => {
    expect(build({})).toEqual({
      protocol: 'http',
      host: 'pr.thordata.net',
      port: 9999,
      username: 'td-customer-alice123',
    })
    expect(build({ product: 'mobile' })).toMatchObject({ host: 'm.pr.thordata.net', port: 5555 })
  })

  // Every combination of the optional segments the docs allow: each present or absent, in the documented order.
  const segments = {
    continent: ['eu', 'continent-eu'],
    country: ['DE', 'country-de'],
    state: ['Bavaria', 'state-bavaria'],
    city: ['munich', 'city-munich'],
    asn: ['3320', 'asn-AS3320'],
    sessionId: ['a1B2c3', 'sessid-a1B2c3'],
    sessionMinutes: [30, 'sesstime-30'],
  } as const
  const names = Object.keys(segments) as (keyof typeof segments)[]
  const allowed = (picked: Set<string>) =>
    !(['asn', 'state', 'city'].some((n) => picked.has(n)) && !picked.has('country')) &&
    !(picked.has('sessionMinutes') && !picked.has('sessionId'))

  for (let mask = 0; mask < 2 ** names.length; mask += 1) {
    const picked = new Set(names.filter((_, i) => mask & (1 << i)))
    if (!allowed(picked)) continue
    const label = [...picked].join('+') || 'none'
    it(`builds ${label}`, () => {
      const input = Object.fromEntries([...picked].map((n) => [n, segments[n][0]]))
      const expected = ['td-customer-alice123', ...names.filter((n) => picked.has(n)).map((n) => segments[n][1])]
      expect(build(input).username).toBe(expected.join('-'))
    })
  }

  it('refuses every combination that breaks a rule, on the field, with the reason', () => {
    expect(refusal({ asn: 'AS3320' })).toEqual({ field: 'asn', message: 'validation:endpoint.asnNeedsCountry' })
    expect(refusal({ state: 'texas' })).toEqual({ field: 'state', message: 'validation:endpoint.stateNeedsCountry' })
    expect(refusal({ city: 'austin' })).toEqual({ field: 'city', message: 'validation:endpoint.cityNeedsCountry' })
    expect(refusal({ sessionMinutes: 10 })).toEqual({
      field: 'sessionMinutes',
      message: 'validation:endpoint.minutesNeedId',
    })
  })

  it('refuses values the gateway would misread', () => {
    // A dash would split the username into different segments.
    expect(refusal({ sessionId: 'session-1' }).message).toBe('validation:endpoint.sessionId')
    expect(refusal({ sessionId: 'x'.repeat(33) }).message).toBe('validation:endpoint.sessionId')
    expect(refusal({ country: 'USA' }).message).toBe('validation:endpoint.country')
    expect(refusal({ country: 'us', city: 'new-york' }).message).toBe('validation:endpoint.city')
    expect(refusal({ continent: 'xx' as never }).message).toBe('validation:endpoint.continent')
    expect(refusal({ country: 'us', asn: 'Comcast' }).message).toBe('validation:endpoint.asn')
    expect(refusal({ username: 'al' }).message).toBe('validation:proxyUser.username')
    expect(refusal({ product: 'isp' as never }).message).toBe('validation:endpoint.product')
    expect(refusal({ protocol: 'https' as never }).message).toBe('validation:endpoint.protocol')
  })

  it('takes session minutes from 1 to 90 only, whole', () => {
    expect(build({ sessionId: 'abc', sessionMinutes: 1 }).username).toMatch(/-sesstime-1$/)
    expect(build({ sessionId: 'abc', sessionMinutes: 90 }).username).toMatch(/-sesstime-90$/)
    for (const minutes of [0, 91, 1.5, -3]) {
      expect(refusal({ sessionId: 'abc', sessionMinutes: minutes }).message).toBe('validation:endpoint.sessionMinutes')
    }
  })

  it('reads every documented continent', () => {
    for (const continent of continents)
      expect(build({ continent }).username).toBe(`td-customer-alice123-continent-${continent}`)
  })

  it('treats empty fields as not set, and writes codes the way the gateway reads them', () => {
    expect(build({ country: ' ', state: '', sessionId: '' }).username).toBe('td-customer-alice123')
    expect(build({ country: 'Us', asn: 'as7922' }).username).toBe('td-customer-alice123-country-us-asn-AS7922')
  })

  it('takes a documented gateway host or an account gateway under pr.thordata.net, nothing else', () => {
    expect(build({ host: 'VPN9wq0d.pr.thordata.net' }).host).toBe('vpn9wq0d.pr.thordata.net')
    expect(build({ host: gateways.residential.hosts[1] }).host).toBe('t.na.thordata.net')
    for (const host of [
      'evil.example',
      'thordata.net.evil.example',
      'pr.thordata.net:80',
      'user@pr.thordata.net',
      // Under thordata.net but not a gateway: the proxy password would be sent there when testing.
      'api.thordata.net',
      'a.b.pr.thordata.net',
      't.as.thordata.net',
    ]) {
      expect(refusal({ host }).message).toBe('validation:endpoint.host')
    }
  })
})

describe('endpoint text', () => {
  const parts = build({ country: 'us', sessionId: 'abc123', sessionMinutes: 10 })
  const user = 'td-customer-alice123-country-us-sessid-abc123-sesstime-10'

  it('writes host:port:user:pass, a URL and a curl command', () => {
    expect(formatEndpoint(parts, 'Secret12', 'hostPortUserPass', 'https://ipinfo.io/json')).toBe(
      `pr.thordata.net:9999:${user}:Secret12`,
    )
    expect(formatEndpoint(parts, 'Secret12', 'url', 'https://ipinfo.io/json')).toBe(
      `http://${user}:Secret12@pr.thordata.net:9999`,
    )
    expect(formatEndpoint(parts, 'Secret12', 'curl', 'https://ipinfo.io/json')).toBe(
      `curl -x "http://${user}:Secret12@pr.thordata.net:9999" "https://ipinfo.io/json"`,
    )
  })

  it('names the socks5h scheme in the URL and the command', () => {
    const socks = build({ protocol: 'socks5h' })
    expect(formatEndpoint(socks, 'pw', 'url', 'x')).toBe('socks5h://td-customer-alice123:pw@pr.thordata.net:9999')
    expect(formatEndpoint(socks, 'pw', 'hostPortUserPass', 'x')).toBe('pr.thordata.net:9999:td-customer-alice123:pw')
  })

  it('percent-encodes a password with URL characters in the URL forms', () => {
    expect(formatEndpoint(parts, 'p@ss:w/rd', 'url', 'x')).toBe(`http://${user}:p%40ss%3Aw%2Frd@pr.thordata.net:9999`)
  })

  it('makes random session ids the schema accepts', () => {
    const id = randomSessionId()
    expect(id).toMatch(/^[a-z0-9]{12}$/)
    expect(
      endpointCopyInput.safeParse({
        endpoint: { product: 'residential', username: 'alice123', sessionId: id },
        format: 'url',
      }).success,
    ).toBe(true)
  })
})
