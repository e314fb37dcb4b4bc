/**
 * `npm run screenshots`: every view in light and dark, through the browser bridge in demo mode, into
 * docs/screenshots/. Look at them after a UI change: ugly or confusing is a bug.
 */
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { BRIDGE_SECRET_HEADER } from '../e2e/bridge/secret'
import { startBridgeServer } from '../e2e/bridge/server'
import { chromiumArgs, chromiumExecutable } from './chromium'

const out = resolve('docs/screenshots')

const views: Array<{ name: string; open: (page: Page) => Promise<void> }> = [
  {
    name: 'onboarding',
    open: async (page) => void (await page.getByRole('button', { name: 'Explore demo' }).waitFor()),
  },
  {
    name: 'account',
    open: async (page) => {
      await page.getByRole('button', { name: 'Explore demo' }).click()
      await page.locator('.recharts-bar-rectangle').first().waitFor()
    },
  },
  {
    name: 'proxy-users',
    open: async (page) => {
      await page.getByRole('tab', { name: 'Proxy users' }).click()
      await page.getByRole('table', { name: 'Proxy users' }).locator('tbody tr').first().waitFor()
    },
  },
  {
    name: 'proxy-user-form',
    open: async (page) => {
      await page.getByRole('button', { name: 'Add user' }).click()
      await page.getByRole('dialog').getByLabel('Username').fill('x')
      await page.getByRole('dialog').getByRole('button', { name: 'Save user' }).click()
      await page.waitForTimeout(300)
    },
  },
  {
    name: 'whitelist',
    open: async (page) => {
      await page.keyboard.press('Escape')
      await page.getByRole('tab', { name: 'Whitelist IPs' }).click()
      await page.getByRole('button', { name: 'Add my current IP' }).click()
      await page.waitForTimeout(500)
    },
  },
  {
    name: 'whitelist-batch',
    open: async (page) => {
      await page.getByRole('button', { name: 'Batch add' }).click()
      await page.getByLabel('IP addresses').fill('198.51.100.40\n300.1.1.1\n2001:db8::40')
      await page.waitForTimeout(300)
    },
  },
  {
    name: 'locations',
    open: async (page) => {
      await page.keyboard.press('Escape')
      await page.getByRole('tab', { name: 'Locations' }).click()
      await page
        .getByRole('region', { name: 'Countries' })
        .getByRole('button', { name: 'United States', exact: true })
        .click()
      await page.getByRole('region', { name: 'States' }).getByRole('button', { name: 'Texas', exact: true }).click()
      await page.waitForTimeout(400)
    },
  },
  {
    name: 'settings',
    open: async (page) => {
      await page.getByRole('tab', { name: 'Settings' }).click()
      await page.getByRole('heading', { name: 'Settings' }).waitFor()
    },
  },
]

async function main() {
  await mkdir(out, { recursive: true })
  const bridge = await startBridgeServer({ keychain: 'unavailable', testRoutes: true })
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await fetch(`${bridge.origin}/__bridge/reset`, {
        method: 'POST',
        body: '{}',
        headers: { origin: bridge.origin, [BRIDGE_SECRET_HEADER]: bridge.secret },
      })
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme })
      await page.goto(bridge.url)
      for (const view of views) {
        await view.open(page)
        await page.screenshot({ path: `${out}/${view.name}${scheme === 'dark' ? '-dark' : ''}.png` })
      }
      await page.close()
    }
    console.info(`Screenshots in ${out}`)
  } finally {
    await browser.close()
    await bridge.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
