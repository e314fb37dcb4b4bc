import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { isAllowedApiUrl, isAllowedServiceUrl, settingsPatch } from './settings'

describe('where the app may send the key', () => {
  it.each([
    'https://openapi.thordata.com/api',
    'https://api.thordata.com/api',
    'http://127.0.0.1:4000/api',
    'http://localhost:8080/api',
  ])('accepts %s', (url) => expect(isAllowedApiUrl(url)).toBe(true))

  it.each([
    'https://evil.example/api',
    'https://thordata.com.evil.example/api',
    'https://notthordata.com/api',
    'http://api.thordata.com/api',
    'https://user:pw@api.thordata.com/api',
    'ftp://api.thordata.com',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedApiUrl(url)).toBe(false))

  it('a lookup service carries no key, so any https host will do (never plain http across a network)', () => {
    expect(isAllowedServiceUrl('https://api.ipify.org?format=json')).toBe(true)
    expect(isAllowedServiceUrl('http://api.ipify.org')).toBe(false)
  })

  it('the settings form explains the rule on the field', () => {
    const result = settingsPatch.safeParse({ apiBaseUrl: 'https://evil.example/api' })
    expect(result.success).toBe(false)
    // The message is a catalog key, translated where it is shown (main's dispatcher, the renderer's forms).
    expect(result.error?.issues[0]).toMatchObject({ path: ['apiBaseUrl'], message: 'validation:url.thordataHttps' })
    expect(en.validation.url.thordataHttps).toBe('Enter a Thordata https URL such as https://openapi.thordata.com/api')
  })
})
