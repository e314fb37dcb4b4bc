import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  describeUrlForLog,
  isPermissionAllowed,
  withContentSecurityPolicy,
} from './window-policy'

const appPage = 'app://thordata/index.html'
const isAppPage = (url: string) => url === appPage

describe('content security policy', () => {
  it('is the same policy the renderer page declares in its meta tag', () => {
    const html = readFileSync(resolve(__dirname, '../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no inline or evaluated script and no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })

  it('replaces whatever policy a response carried, whatever the header case', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["script-src 'unsafe-inline' *"],
      'Content-Type': ['text/html'],
    })
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`],
    })
  })

  it('adds the policy when a response had no headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`],
    })
  })
})

describe('isPermissionAllowed', () => {
  it('lets the app page write to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', appPage, isAppPage)).toBe(true)
  })

  it('refuses the clipboard to any other page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', isAppPage)).toBe(false)
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, isAppPage)).toBe(false)
    expect(isPermissionAllowed('clipboard-sanitized-write', null, isAppPage)).toBe(false)
  })

  it.each(['clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses %s even to the app page',
    (permission) => {
      expect(isPermissionAllowed(permission, appPage, isAppPage)).toBe(false)
    },
  )
})

describe('describeUrlForLog', () => {
  it('keeps scheme and host only', () => {
    expect(describeUrlForLog('https://get-ip.thordata.net/api?td-customer=acme&key=s3cret')).toBe(
      'https://get-ip.thordata.net',
    )
    expect(describeUrlForLog('javascript:alert(document.cookie)')).toBe('javascript:')
    expect(describeUrlForLog('nonsense')).toBe('(not a URL)')
  })
})
