import { type ElectronApplication, expect, type Page, test } from '@playwright/test'
import { findElectron, launchApp } from './electron-binary'

const electronBinary = findElectron()

test.describe('Thordata Desktop in Electron', () => {
  test.skip(!electronBinary.path, `No Electron binary on this machine: ${electronBinary.reason}`)

  let app: ElectronApplication
  let page: Page

  let close: () => Promise<void>

  test.beforeEach(async () => {
    ;({ app, page, close } = await launchApp('thordata-e2e-', electronBinary.path as string))
  })

  test.afterEach(async () => {
    await close?.()
  })

  test('first run: onboarding, then the demo shows the traffic balance', async () => {
    await expect(page).toHaveTitle('Thordata Desktop')
    const explore = page.getByRole('button', { name: 'Explore demo' })
    await expect(explore).toBeVisible()
    await explore.click()
    await page.getByRole('tab', { name: 'Account' }).click()
    await expect(page.getByText('Traffic remaining')).toBeVisible()
  })

  test('the page comes from app:// with its CSP header, and reads nothing outside its folder', async () => {
    await expect(page.getByRole('button', { name: 'Explore demo' })).toBeVisible()
    expect(page.url()).toMatch(/^app:\/\/thordata\/index\.html(#.*)?$/)
    const seen = await page.evaluate(async () => {
      const status = (url: string) =>
        fetch(url).then(
          (r) => r.status,
          () => 'refused',
        )
      const own = await fetch('/index.html')
      return {
        csp: own.headers.get('content-security-policy'),
        nosniff: own.headers.get('x-content-type-options'),
        type: own.headers.get('content-type'),
        outside: await status('app://thordata/%2e%2e/%2e%2e/package.json'),
        file: await status('file:///etc/passwd'),
      }
    })
    expect(seen.csp).toContain("script-src 'self'")
    expect(seen.csp).toContain("frame-ancestors 'none'")
    expect(seen.nosniff).toBe('nosniff')
    expect(seen.type).toBe('text/html; charset=utf-8')
    expect(seen.outside).toBe(404)
    expect(seen.file).toBe('refused')
  })

  test('links cannot take the app page away or open other windows', async () => {
    await expect(page.getByRole('button', { name: 'Explore demo' })).toBeVisible()
    const appUrl = page.url()
    // Record what would have gone to the OS browser instead of opening one.
    await app.evaluate(({ shell }) => {
      const opened: string[] = []
      Object.assign(globalThis, { __opened: opened })
      shell.openExternal = async (url: string) => {
        opened.push(url)
      }
    })
    const opened = () => app.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened)

    await page.evaluate(() => {
      window.open('https://example.com/')
      window.open('file:///etc/passwd')
      window.open('http://example.com/')
    })
    await expect.poll(opened).toEqual(['https://example.com/'])
    expect(app.windows()).toHaveLength(1)

    const navigated = page.waitForEvent('framenavigated', { timeout: 2000 }).catch(() => null)
    await page.evaluate(() => {
      location.href = 'https://example.com/'
    })
    await navigated
    expect(page.url()).toBe(appUrl)
    await expect(page.getByRole('button', { name: 'Explore demo' })).toBeVisible()
    expect(await opened()).toEqual(['https://example.com/'])
  })
})
