import { expect, fillConnectForm, test } from '../fixtures'

test.describe('language', () => {
  test('switching to Chinese and back', async ({ page, harness }) => {
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, account)
    await page.getByRole('tab', { name: 'Settings' }).click()

    await page.getByRole('combobox', { name: 'Language' }).click()
    await page.getByRole('option', { name: '简体中文' }).click()
    // At once, without a reload: the sections, the page title and the html lang.
    await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible()
    const sections = page.getByRole('tablist', { name: '功能区' })
    await expect(sections.getByRole('tab')).toHaveText([
      '账户',
      '提取链接',
      '代理端点',
      '代理用户',
      'IP 白名单',
      'ISP 与数据中心',
      '无限量服务器',
      'CDK 兑换码',
      '地区',
      '设置',
    ])
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

    // Saved: a restart opens in Chinese.
    await harness.restart()
    await expect(page.getByRole('tab', { name: '账户' })).toBeVisible()
    await page.getByRole('tab', { name: '设置' }).click()
    await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible()

    await page.getByRole('combobox', { name: '语言' }).click()
    await page.getByRole('option', { name: 'English', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Account' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})
