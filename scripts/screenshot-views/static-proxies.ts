import type { Page } from 'playwright-core'
import type { View } from '../screenshot-views'

const table = (page: Page) => page.locator('table tr[data-row-index]').first()

/** Screenshot views of the static-proxies tab (listed in scripts/screenshot-views.ts). */
export const staticProxyViews: View[] = [
  {
    name: 'static-proxies',
    caption: 'ISP & datacenter: the IPs with credentials, expiry badges, copy formats and two rows selected',
    fullPage: true,
    open: async (page, { startDemo, tab }) => {
      await startDemo()
      await tab('static-proxies')
      await table(page).waitFor()
      const boxes = page.locator('table tr[data-row-index] input[type="checkbox"]')
      await boxes.nth(1).check()
      await boxes.nth(2).check()
    },
  },
  {
    name: 'static-proxies-check',
    caption: 'ISP & datacenter: expiration check for pasted IPs, one of them not known to Thordata',
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('static-proxies')
      await table(page).waitFor()
      await page.getByRole('button', { name: t('staticProxies:check.open', 'Check expiration…') }).click()
      const dialog = page.getByRole('dialog')
      await dialog
        .getByRole('textbox', { name: t('staticProxies:check.field', 'IP addresses') })
        .fill('198.51.100.20, 198.51.100.58\n203.0.113.140 192.0.2.250')
      await dialog.getByRole('button', { name: t('staticProxies:check.submit', 'Check 4 IPs', { count: 4 }) }).click()
      await dialog.locator('table tr[data-row-index]').nth(3).waitFor()
    },
  },
]
