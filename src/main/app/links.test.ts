import { AppErrorException } from '@shared/errors'
import { describe, expect, it, vi } from 'vitest'
import { openExternalSafe } from './links'

async function refusal(value: unknown) {
  const open = vi.fn(async (_url: string) => {})
  const error = await openExternalSafe(value, open).catch((e: unknown) => e)
  return { error, open }
}

describe('openExternalSafe', () => {
  it('hands an https link to the browser', async () => {
    const open = vi.fn(async (_url: string) => {})
    await openExternalSafe('https://dashboard.thordata.com/account?tab=keys#top', open)
    expect(open).toHaveBeenCalledWith('https://dashboard.thordata.com/account?tab=keys#top')
  })

  it('passes on the normalised URL, not the raw text', async () => {
    const open = vi.fn(async (_url: string) => {})
    await openExternalSafe('  HTTPS://Docs.Thordata.com/a b  ', open)
    expect(open).toHaveBeenCalledWith('https://docs.thordata.com/a%20b')
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['plain http', 'http://example.com'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['credentials in the URL', 'https://user:pass@example.com/'],
    ['a user name in the URL', 'https://thordata.com@evil.example/'],
    ['not a URL', 'example.com'],
    ['an empty string', ''],
  ])('refuses %s as a validation error on the url field without opening anything', async (_label, value) => {
    const { error, open } = await refusal(value)
    expect(error).toBeInstanceOf(AppErrorException)
    expect((error as AppErrorException).appError).toMatchObject({
      kind: 'validation',
      field: 'url',
      message: 'Only https links can be opened',
    })
    expect(open).not.toHaveBeenCalled()
  })

  it.each([[undefined], [null], [42], [{ href: 'https://example.com' }], [['https://example.com']]])(
    'refuses a non-string value (%j)',
    async (value) => {
      const { error, open } = await refusal(value)
      expect(error).toBeInstanceOf(AppErrorException)
      expect(open).not.toHaveBeenCalled()
    },
  )

  it('lets a failure of the OS call surface to the caller', async () => {
    const open = vi.fn(async () => {
      throw new Error('no browser')
    })
    await expect(openExternalSafe('https://example.com', open)).rejects.toThrow('no browser')
  })
})
