import { afterEach, describe, expect, it } from 'vitest'
import { mainLanguage, setMainLanguage, t } from './i18n'

afterEach(() => void setMainLanguage('en', []))

describe("main's translator", () => {
  it('speaks English by default and Simplified Chinese when chosen or when the system is Chinese', () => {
    expect(t('common:actions.tryAgain')).toBe('Try again')
    expect(setMainLanguage('zh-CN', ['en-US'])).toBe('zh-CN')
    expect(t('common:actions.tryAgain')).toBe('重试')
    setMainLanguage('system', ['zh-TW', 'en-US'])
    expect(mainLanguage()).toBe('zh-CN')
    setMainLanguage('system', ['fr-FR', 'en-GB'])
    expect(t('common:actions.tryAgain')).toBe('Try again')
  })
})

describe("main's errors in Chinese", () => {
  it('keep the code, field and retry, quote Thordata, and drop the "try again" of a change whose outcome is unknown', async () => {
    const { errorForCode, outcomeUnknownError, timeoutError } = await import('./thordata/errors')
    setMainLanguage('zh-CN', [])
    expect(errorForCode(10000, 'price must be > 0')).toMatchObject({
      kind: 'validation',
      code: 10000,
      message: 'Thordata 拒绝了提交的某个值："price must be > 0"。请检查表单后重试。',
    })
    expect(errorForCode(10016)).toMatchObject({
      field: 'password',
      message: '密码须为 6–15 位字母或数字，且以字母开头。',
    })
    expect(outcomeUnknownError(timeoutError(15_000))).toMatchObject({
      retryable: false,
      message: 'Thordata 在 15 s 内没有响应。更改可能已生效，也可能没有：请先刷新确认，再决定是否重试。',
    })
  })
})
