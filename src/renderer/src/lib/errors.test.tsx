import { renderView } from '@renderer/test-utils/render'
import { appError } from '@shared/errors'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from './api'
import { ErrorAlert, isCredentialsRejected } from './errors'
import { switchLanguage } from './i18n'

afterEach(async () => {
  await switchLanguage('en')
})

describe('isCredentialsRejected', () => {
  it('is true for a token or key Thordata no longer accepts, however it arrives', () => {
    expect(isCredentialsRejected(new ApiError(appError('auth', 'token', { code: 10013 })))).toBe(true)
    expect(isCredentialsRejected(appError('auth', 'key', { code: 10014 }))).toBe(true)
    expect(isCredentialsRejected(appError('auth', 'unauthorized', { code: 401 }))).toBe(true)
  })

  it('is false for other refusals and other errors', () => {
    expect(isCredentialsRejected(appError('auth', 'IP not whitelisted', { code: 117 }))).toBe(false)
    expect(isCredentialsRejected(appError('auth', 'No account is connected.'))).toBe(false)
    expect(isCredentialsRejected(appError('network', 'offline', { code: 10013 }))).toBe(false)
    expect(isCredentialsRejected(null)).toBe(false)
  })
})

describe('ErrorAlert', () => {
  it('titles the error in the current language and offers a retry only when it helps', async () => {
    await switchLanguage('zh-CN')
    renderView(<ErrorAlert error={appError('network', '无法连接。')} onRetry={() => {}} />)
    expect(screen.getByRole('alert')).toHaveTextContent('无法连接 Thordata')
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument()
  })
})
