import { expectAccessible, type KnownViolation } from '../axe'
import { expect, fillConnectForm, openDemoTab, test } from '../fixtures'

/**
 * axe on every screen and dialog, light and dark, at 1280×800: 0 critical and 0 serious violations, except the
 * known ones below. The lists can only shrink (a known violation that no longer occurs fails its test): whoever
 * fixes one deletes its entry.
 */
const known: Record<string, KnownViolation[]> = {
  onboarding: [],
  connectError: [],
  account: [],
  proxyUsers: [],
  userDialog: [],
  deleteUser: [],
  usageDrawer: [],
  whitelist: [],
  batchAdd: [],
  deleteIp: [],
  locations: [],
  settings: [],
  replaceCredentials: [],
  signOut: [],
  extractLinks: [],
  extractRefusals: [],
  savePreset: [],
  endpoints: [],
  endpointTest: [],
  endpointPreset: [],
}

const dialog = '[role="dialog"]'

test.describe('accessibility (axe, WCAG 2.1 AA, light and dark)', () => {
  test('onboarding and the connect form', async ({ page, harness }) => {
    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Explore demo' })).toBeVisible()
    await expectAccessible(page, { name: 'Onboarding', known: known.onboarding })

    const { account } = await harness.state()
    await fillConnectForm(page, { ...account, key: 'not-the-key' })
    await expect(page.getByLabel('API key')).toHaveAttribute('aria-invalid', 'true')
    await expectAccessible(page, { name: 'Connect form with an error', known: known.connectError })
  })

  test('account', async ({ page }) => {
    await openDemoTab(page, 'Account')
    await page.locator('.recharts-bar-rectangle').first().waitFor()
    await expectAccessible(page, { name: 'Account', known: known.account })
  })

  test('proxy users, the user dialogs and the usage drawer', async ({ page }) => {
    await openDemoTab(page, 'Proxy users')
    const rows = page.getByRole('table', { name: 'Proxy users' }).locator('tbody tr')
    await rows.first().waitFor()
    await expectAccessible(page, { name: 'Proxy users', known: known.proxyUsers })

    await page.getByRole('button', { name: 'Add user' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Save user' }).click()
    await expect(page.getByRole('dialog').getByLabel('Username')).toHaveAttribute('aria-invalid', 'true')
    await expectAccessible(page, { name: 'Add user dialog (with errors)', include: [dialog], known: known.userDialog })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    const edit = await rows
      .first()
      .getByRole('button', { name: /^Edit / })
      .getAttribute('aria-label')
    const username = (edit ?? '').replace(/^Edit /, '')
    await page.getByRole('button', { name: `Edit ${username}` }).click()
    await expect(page.getByRole('dialog').getByLabel('Username')).toBeVisible()
    await expectAccessible(page, { name: 'Edit user dialog', include: [dialog], known: known.userDialog })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: `Delete ${username}` }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectAccessible(page, { name: 'Delete user confirmation', include: [dialog], known: known.deleteUser })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: `Usage of ${username}` }).click()
    await page.getByRole('dialog').locator('.recharts-bar-rectangle, table').first().waitFor()
    await expectAccessible(page, { name: 'Usage drawer', include: [dialog], known: known.usageDrawer })
    await page.getByRole('dialog').getByText('Hourly', { exact: true }).click()
    await page
      .getByRole('dialog')
      .getByText(/^Used in these hours: /)
      .waitFor()
    await expectAccessible(page, { name: 'Usage drawer, hourly', include: [dialog], known: known.usageDrawer })
  })

  test('whitelist, batch add and the delete confirmation', async ({ page }) => {
    await openDemoTab(page, 'Whitelist IPs')
    const table = page.getByRole('table', { name: 'Whitelisted IPs' })
    await table.locator('tbody tr').first().waitFor()
    await expectAccessible(page, { name: 'Whitelist', known: known.whitelist })

    await page.getByRole('button', { name: 'Batch add…' }).click()
    await page.getByRole('dialog').getByLabel('IP addresses').fill('198.51.100.40\n300.1.1.1\n2001:db8::40')
    await expectAccessible(page, { name: 'Batch add dialog', include: [dialog], known: known.batchAdd })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await table
      .getByRole('button', { name: /^Delete / })
      .first()
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectAccessible(page, { name: 'Delete IP confirmation', include: [dialog], known: known.deleteIp })
  })

  test('locations, with a country open', async ({ page }) => {
    await openDemoTab(page, 'Locations')
    await page
      .getByRole('region', { name: 'Countries' })
      .getByRole('button', { name: 'United States', exact: true })
      .click()
    await expect(page.getByRole('region', { name: 'States' }).getByRole('button').first()).toBeVisible()
    await expectAccessible(page, { name: 'Locations (United States)', known: known.locations })
  })

  test('extract links: the builder with a result, a refusal, the advanced fields and the preset dialog', async ({
    page,
  }) => {
    await openDemoTab(page, 'Extract links')
    await page.getByText('Unlimited', { exact: true }).click()
    await expect(page.getByTestId('extract-preview')).toContainText('&servers=')
    await page.getByRole('switch', { name: 'Advanced' }).check()
    await page.getByRole('button', { name: 'Test link' }).click()
    await expect(page.getByRole('status')).toContainText('The link works')
    await expectAccessible(page, { name: 'Extract links with a test result', known: known.extractLinks })

    await page.getByText('Residential', { exact: true }).click()
    await page.getByRole('button', { name: 'Test link' }).click()
    await expect(page.getByRole('button', { name: /^Whitelist .* and test again$/ })).toBeVisible()
    await expectAccessible(page, { name: 'Extract links, IP not whitelisted', known: known.extractRefusals })

    await page.getByRole('button', { name: 'Save as preset' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Save preset' }).click()
    await expect(page.getByRole('dialog').getByLabel('Preset name')).toHaveAttribute('aria-invalid', 'true')
    await expectAccessible(page, {
      name: 'Save preset dialog (with an error)',
      include: [dialog],
      known: known.savePreset,
    })
  })

  test('the endpoint generator and the proxy tester', async ({ page }) => {
    await openDemoTab(page, 'Endpoints')
    await page.getByRole('combobox', { name: 'Proxy user', exact: true }).click()
    await page.getByRole('option', { name: 'shop01' }).click()
    await page.getByRole('textbox', { name: 'Keep the IP for' }).fill('30')
    await expect(page.getByText('Set a session id first: the duration keeps that session on one IP')).toBeVisible()
    await expectAccessible(page, { name: 'Endpoint generator (with an error)', known: known.endpoints })
    await page.getByRole('button', { name: 'Random id' }).click()
    await page.getByRole('button', { name: 'Test endpoint' }).click()
    await expect(page.getByTestId('proxy-test-ip')).toBeVisible()
    await expectAccessible(page, { name: 'Proxy tester result', known: known.endpointTest })

    await page.getByRole('button', { name: 'Save as preset' }).click()
    await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Preset name' })).toBeVisible()
    await expectAccessible(page, {
      name: 'Save endpoint preset dialog',
      include: [dialog],
      known: known.endpointPreset,
    })
    await page.getByRole('dialog').getByRole('textbox', { name: 'Preset name' }).fill('Shop sticky')
    await page.getByRole('dialog').getByRole('button', { name: 'Save preset' }).click()
    await expect(page.getByRole('list', { name: 'Presets' }).getByRole('listitem')).toHaveCount(1)
    await expectAccessible(page, { name: 'Endpoint generator with a saved preset', known: known.endpoints })
  })

  test('settings, replacing credentials and the sign-out confirmation', async ({ page, harness }) => {
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, account)
    await expect(page.getByTestId('account-chip')).toContainText(account.accountName)
    await page.getByRole('tab', { name: 'Settings' }).click()
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    await expectAccessible(page, { name: 'Settings', known: known.settings })

    await page.getByRole('button', { name: 'Replace credentials' }).click()
    await expect(page.getByRole('dialog').getByLabel('API token')).toBeVisible()
    await expectAccessible(page, {
      name: 'Replace credentials dialog',
      include: [dialog],
      known: known.replaceCredentials,
    })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: 'Reset to defaults' }).click()
    await expect(page.getByRole('dialog', { name: 'Reset all settings?' })).toBeVisible()
    await expectAccessible(page, { name: 'Reset settings confirmation', include: [dialog] })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('dialog', { name: 'Sign out?' })).toBeVisible()
    await expectAccessible(page, { name: 'Sign-out confirmation', include: [dialog], known: known.signOut })
  })
})
