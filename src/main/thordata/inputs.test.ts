import { createCdkInput } from '@shared/domain/cdk'
import { extractInput } from '@shared/domain/extract'
import { citiesInput } from '@shared/domain/locations'
import { proxyExpirationInput } from '@shared/domain/proxies'
import { createProxyUserInput, proxyUserUsageInput, updateProxyUserInput } from '@shared/domain/proxy-users'
import { renewServerInput, serverMonitorInput, upgradeServerInput } from '@shared/domain/unlimited'
import { addWhitelistIpInput } from '@shared/domain/whitelist'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { translateIssue } from '../i18n'

const MB = 1024 ** 2

/** The first message a form would show, and the field it would show it under. */
function problem(schema: z.ZodType, input: unknown): { path: string; message: string } | null {
  const result = schema.safeParse(input)
  if (result.success) return null
  const [issue] = result.error.issues
  return { path: issue.path.join('.'), message: translateIssue(issue.message) }
}

const user = { product: 'residential', username: 'shop01', password: 'Pw123456', trafficLimitBytes: 0, enabled: true }

describe('proxy user input', () => {
  it('accepts the documented limits', () => {
    expect(problem(createProxyUserInput, user)).toBeNull()
    expect(problem(createProxyUserInput, { ...user, username: 'abcdefghijklmno' })).toBeNull()
    expect(problem(createProxyUserInput, { ...user, trafficLimitBytes: 100 * MB })).toBeNull()
  })

  it.each([
    ['abcde', 'Usernames are 6–15 letters or digits, with no spaces or symbols'],
    ['abcdefghijklmnop', 'Usernames are 6–15 letters or digits, with no spaces or symbols'],
    ['shop_01', 'Usernames are 6–15 letters or digits, with no spaces or symbols'],
  ])('refuses the username %j', (username, message) => {
    expect(problem(createProxyUserInput, { ...user, username })).toEqual({ path: 'username', message })
  })

  it.each([
    ['Pw123', 'Passwords need at least 6 characters'],
    ['Pw1234567890123', null],
    ['Pw12345678901234', 'Passwords can have at most 15 characters'],
    ['1Pw12345', 'Start the password with a letter'],
    ['Pw12345!', 'Use only letters and digits in the password'],
  ])('checks the password %j', (password, message) => {
    expect(problem(createProxyUserInput, { ...user, password })).toEqual(message ? { path: 'password', message } : null)
  })

  it('allows 0 (no limit) or at least 100 MB', () => {
    expect(problem(createProxyUserInput, { ...user, trafficLimitBytes: 99 * MB })).toEqual({
      path: 'trafficLimitBytes',
      message: 'Set a limit of at least 100 MB, or 0 for no limit',
    })
  })

  it('needs every new value on update', () => {
    const next = { username: 'shop01', password: 'Pw123456', trafficLimitBytes: 0, enabled: true }
    expect(problem(updateProxyUserInput, { product: 'unlimited', username: 'shop01', next })).toBeNull()
    const { trafficLimitBytes: _, ...partial } = next
    expect(problem(updateProxyUserInput, { product: 'unlimited', username: 'shop01', next: partial })?.path).toBe(
      'next.trafficLimitBytes',
    )
  })

  it('keeps usage ranges within 180 days', () => {
    const base = { product: 'residential', username: 'shop01' }
    expect(problem(proxyUserUsageInput, { ...base, from: '2025-01-01', to: '2025-06-29' })).toBeNull()
    expect(problem(proxyUserUsageInput, { ...base, from: '2025-01-01', to: '2025-07-01' })).toEqual({
      path: 'from',
      message: 'Thordata keeps usage for ranges of at most 180 days',
    })
  })
})

describe('whitelist input', () => {
  it.each(['203.0.113.7', '2001:db8::1'])('accepts %s', (ip) => {
    expect(problem(addWhitelistIpInput, { product: 'mobile', ip })).toBeNull()
    expect(addWhitelistIpInput.parse({ product: 'mobile', ip }).enabled).toBe(true)
  })

  it.each(['203.0.113.256', 'example.com', '1.2.3'])('refuses %s', (ip) => {
    expect(problem(addWhitelistIpInput, { product: 'residential', ip })).toEqual({
      path: 'ip',
      message: 'Enter an IPv4 address such as 203.0.113.7, or an IPv6 address',
    })
  })

  it('checks every IP of an expiration query', () => {
    expect(problem(proxyExpirationInput, { product: 'isp', ips: ['198.51.100.20', 'nope'] })?.path).toBe('ips.1')
    expect(problem(proxyExpirationInput, { product: 'isp', ips: [] })?.message).toBe('Choose at least one IP')
  })
})

describe('other inputs', () => {
  it('takes a two-letter country for locations', () => {
    expect(problem(citiesInput, { product: 'residential', countryCode: 'USA' })?.path).toBe('countryCode')
  })

  it('offers only the documented unlimited ids', () => {
    expect(problem(renewServerInput, { insId: 'ins-1', packageId: 27 })).toBeNull()
    expect(problem(renewServerInput, { insId: 'ins-1', packageId: 5 })?.message).toBe(
      'Choose a renewal period of 1, 7, 30 or 60 days',
    )
    expect(problem(upgradeServerInput, { insId: 'ins-1', bandwidthId: 9, machineId: 1 })?.path).toBe('machineId')
  })

  it('defaults the monitor to 5-minute samples and wants the start before the end', () => {
    const range = {
      insId: 'ins-1',
      region: 'na-siliconvalley',
      from: '2025-06-15T15:00:00Z',
      to: '2025-06-15T16:00:00Z',
    }
    expect(serverMonitorInput.parse(range).period).toBe(300)
    expect(problem(serverMonitorInput, { ...range, period: 120 })?.path).toBe('period')
    expect(problem(serverMonitorInput, { ...range, from: range.to, to: range.from })?.path).toBe('from')
  })

  it('needs a server id for the unlimited extract link only', () => {
    expect(problem(extractInput, { product: 'residential', session: 'sticky', count: 5, country: 'us' })).toBeNull()
    expect(problem(extractInput, { product: 'unlimited', session: 'sticky', count: 5 })?.path).toBe('server')
    expect(problem(extractInput, { product: 'residential', session: 'sticky', count: 0, country: 'us' })?.message).toBe(
      'Ask for at least one proxy',
    )
  })

  it('wants a positive count of CDKs', () => {
    expect(problem(createCdkInput, { trafficBytes: 1024 ** 3, count: 0 })?.message).toBe('Create at least one code')
  })
})
