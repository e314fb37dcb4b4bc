import { expect, test } from '../fixtures'

test.describe('small windows', () => {
  test('onboarding shows both buttons without scrolling at 1024×640, focus in the token field', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 640 })
    await page.goto('/')
    await expect(page.getByLabel('API token')).toBeFocused()
    await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeInViewport({ ratio: 1 })
    await expect(page.getByRole('button', { name: 'Explore demo' })).toBeInViewport({ ratio: 1 })
  })

  test('the demo opens at the top at 900×600, even from a scrolled onboarding', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 600 })
    await page.goto('/')
    const demo = page.getByRole('button', { name: 'Explore demo' })
    await demo.scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, 400)
    await demo.click()
    await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeInViewport()
  })
})
