import { ipAddress } from '@shared/domain/whitelist'
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { translateIssue, useFormState } from './form'
import { switchLanguage } from './i18n'

afterEach(async () => {
  await switchLanguage('en')
})

describe("the forms' validation messages", () => {
  it('show the schema rule in the window language, and other text unchanged', async () => {
    const schema = z.object({ ip: ipAddress })
    const { result } = renderHook(() => useFormState({ ip: 'nope' }))
    act(() => void result.current.validate(schema))
    expect(result.current.errors.ip).toBe('Enter an IPv4 address such as 203.0.113.7, or an IPv6 address')

    await act(() => switchLanguage('zh-CN'))
    act(() => void result.current.validate(schema))
    expect(result.current.errors.ip).toBe('请输入 IPv4 地址（如 203.0.113.7）或 IPv6 地址')
    expect(translateIssue('validation:proxyUser.passwordMin')).toBe('密码至少需要 6 个字符')
    expect(translateIssue('Too small: expected string to have >=1 characters')).toBe(
      'Too small: expected string to have >=1 characters',
    )
  })
})
