import type { Page } from '@playwright/test'
import { expect, type Harness, openDemoTab, test } from '../fixtures'

/** The demo's residential proxy user, with the password the simulator holds for it. */
async function demoUser(harness: Harness, username = 'shop01') {
  const state = (await harness.simState('demo')) as {
    proxyUsers: Record<string, { username: string; password: string }[]>
  }
  const user = state.proxyUsers['1']?.find((u) => u.username === username)
  if (!user) throw new Error(`no demo user ${username}`)
  return user
}

async function pick(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option }).first().click()
}

test.describe('endpoint generator', () => {
  test('copies host:port:user:pass, the URL and the curl command with the real password', async ({ page, harness }) => {
    await openDemoTab(page, 'Endpoints')
    await expect(page.getByTestId('endpoint-preview-empty')).toHaveText('Choose a proxy user to see the endpoint.')
    await pick(page, 'Proxy user', 'shop01')
    await pick(page, 'Country', 'Germany (DE)')
    await page.getByRole('textbox', { name: 'Session id' }).fill('k7m2q9x4')
    await page.getByRole('textbox', { name: 'Keep the IP for' }).fill('10')

    const { password } = await demoUser(harness)
    const user = 'td-customer-shop01-country-de-sessid-k7m2q9x4-sesstime-10'
    const expected = {
      hostPortUserPass: `pr.thordata.net:9999:${user}:${password}`,
      url: `http://${user}:${password}@pr.thordata.net:9999`,
      curl: `curl -x "http://${user}:${password}@pr.thordata.net:9999" "https://ipinfo.io/json"`,
    }
    const labels = { hostPortUserPass: 'host:port:user:pass', url: 'Proxy URL', curl: 'curl command' }
    for (const format of ['hostPortUserPass', 'url', 'curl'] as const) {
      const preview = page.getByTestId(`endpoint-${format}`)
      // The window shows the password masked; the copy carries the real one.
      await expect(preview).toHaveText(expected[format].replace(password, '********'))
      await expect(preview).not.toContainText(password)
      await page.getByRole('button', { name: `Copy the ${labels[format]}` }).click()
      await expect(page.getByRole('button', { name: `Copied: ${labels[format]}` })).toBeVisible()
      await expect.poll(async () => (await harness.state()).clipboard).toBe(expected[format])
    }

    await page.getByRole('button', { name: 'Show password' }).click()
    await expect(page.getByTestId('endpoint-url')).toHaveText(expected.url)
    // Any change hides it again.
    await page.getByText('SOCKS5h', { exact: true }).click()
    await expect(page.getByTestId('endpoint-url')).toHaveText(`socks5h://${user}:********@pr.thordata.net:9999`)
    await page.getByRole('button', { name: 'Copy the Proxy URL' }).click()
    await expect
      .poll(async () => (await harness.state()).clipboard)
      .toBe(`socks5h://${user}:${password}@pr.thordata.net:9999`)
  })

  test('says on the field what a rule needs, and shows no endpoint meanwhile', async ({ page }) => {
    await openDemoTab(page, 'Endpoints')
    await pick(page, 'Proxy user', 'shop01')
    await expect(page.getByRole('combobox', { name: 'ASN (network)' })).toBeDisabled()
    await page.getByRole('textbox', { name: 'Keep the IP for' }).fill('30')
    await expect(page.getByText('Set a session id first: the duration keeps that session on one IP')).toBeVisible()
    await expect(page.getByTestId('endpoint-preview-empty')).toHaveText(
      'Fix the highlighted field to see the endpoint.',
    )
    await page.getByRole('button', { name: 'Random id' }).click()
    await expect(page.getByTestId('endpoint-hostPortUserPass')).toContainText(/-sessid-[a-z0-9]{12}-sesstime-30:/)
    await page.getByRole('textbox', { name: 'Keep the IP for' }).fill('91')
    await expect(page.getByText('Enter a whole number of minutes from 1 to 90')).toBeVisible()
    await page.getByRole('textbox', { name: 'Session id' }).fill('my-session')
    await expect(page.getByText(/Session ids are 1–32 letters or digits/)).toBeVisible()
  })

  test('saves the endpoint as a preset and starts from it again', async ({ page }) => {
    await openDemoTab(page, 'Endpoints')
    await pick(page, 'Proxy user', 'pricebot')
    await pick(page, 'Continent', 'Europe')
    await page.getByRole('button', { name: 'Save as preset' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save this endpoint as a preset' })
    await dialog.getByRole('textbox', { name: 'Preset name' }).fill('EU pricebot')
    await dialog.getByRole('button', { name: 'Save preset' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.getByText('Preset “EU pricebot” saved')).toBeVisible()

    await pick(page, 'Proxy user', 'shop01')
    await expect(page.getByTestId('endpoint-url')).toContainText('td-customer-shop01-continent-eu:')
    await pick(page, 'Start from a preset', 'EU pricebot')
    await expect(page.getByTestId('endpoint-url')).toHaveText(
      'http://td-customer-pricebot-continent-eu:********@pr.thordata.net:9999',
    )
    // The picker keeps naming the preset it loaded; the tab's own list manages it (the first one is the default).
    await expect(page.getByRole('combobox', { name: 'Start from a preset', exact: true })).toHaveValue('EU pricebot')
    const list = page.getByRole('list', { name: 'Presets' })
    await expect(list.getByRole('listitem')).toHaveText(/EU pricebot.*Default/)
    await page.getByRole('button', { name: 'More for the preset “EU pricebot”' }).click()
    await page.getByRole('menuitem', { name: 'Rename' }).click()
    const rename = page.getByRole('dialog', { name: 'Rename preset' })
    await rename.getByLabel('Preset name').fill('EU pricebot 2')
    await rename.getByRole('button', { name: 'Rename' }).click()
    await expect(list).toContainText('EU pricebot 2')
    // The toasts sit over the bottom of the page, where the list is: let them go first.
    await expect(page.getByRole('alert').filter({ hasText: /Preset/ })).toHaveCount(0, { timeout: 10_000 })
    await page.getByRole('button', { name: 'More for the preset “EU pricebot 2”' }).click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    await page
      .getByRole('dialog', { name: 'Delete preset “EU pricebot 2”?' })
      .getByRole('button', { name: 'Delete preset' })
      .click()
    await expect(page.getByText('No presets yet')).toBeVisible()
  })

  test("the tester shows the simulator's exit IP, the country asked for, and the latency", async ({ page }) => {
    await openDemoTab(page, 'Endpoints')
    await pick(page, 'Proxy user', 'seoteam')
    await pick(page, 'Country', 'Japan (JP)')
    await page.getByRole('button', { name: 'Test endpoint' }).click()
    await expect(page.getByText('The proxy works')).toBeVisible()
    await expect(page.getByTestId('proxy-test-ip')).toHaveText(/^198\.51\.100\.\d{1,3}$/)
    await expect(page.getByTestId('proxy-test-country')).toHaveText('JP')
    await expect(page.getByTestId('proxy-test-latency')).toHaveText(/^\d+ ms$/)
    await expect(page.getByText(/Demo mode: tested through the built-in simulator at 127\.0\.0\.1:\d+/)).toBeVisible()
    // A result belongs to the endpoint it was made for.
    await pick(page, 'Country', 'Germany (DE)')
    await expect(page.getByTestId('proxy-test-ip')).toHaveCount(0)
  })
})
