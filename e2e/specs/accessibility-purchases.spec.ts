import { expectAccessible, type KnownViolation } from '../axe'
import { expect, openDemoTab, test } from '../fixtures'

/**
 * axe on the sections for what the account bought (ISP / datacenter IPs, unlimited servers, CDK codes) and their
 * dialogs, light and dark, at 1280×800: 0 critical and 0 serious violations, except the known ones below (the
 * lists can only shrink, as in accessibility.spec.ts).
 */
const known: Record<string, KnownViolation[]> = {
  staticProxies: [],
  expirationCheck: [],
  unlimited: [],
  restartServer: [],
  monitorDrawer: [],
  renewDialog: [],
  upgradeDialog: [],
  orderOutcome: [],
  boundUsers: [],
  unbindUser: [],
}

const dialog = '[role="dialog"]'

test.describe('accessibility of ISP, unlimited and CDK (axe, WCAG 2.1 AA, light and dark)', () => {
  test('unlimited servers: the list, the restart confirmation and the monitor drawer', async ({ page }) => {
    await openDemoTab(page, 'Unlimited servers')
    const table = page.getByRole('table', { name: 'Unlimited servers' })
    const healthy = table.locator('tr[data-row-index]').last()
    await healthy.waitFor()
    await expectAccessible(page, { name: 'Unlimited servers', known: known.unlimited })
    const planName = ((await healthy.locator('td', { hasText: '.proxy.' }).first().textContent()) ?? '').trim()

    await page.getByRole('button', { name: `Restart ${planName}`, exact: true }).click()
    await expect(page.getByRole('dialog', { name: `Restart ${planName}?` })).toBeVisible()
    await expectAccessible(page, { name: 'Restart confirmation', include: [dialog], known: known.restartServer })
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: `Monitor ${planName}`, exact: true }).click()
    await page.getByRole('dialog').locator('.recharts-line-curve').nth(4).waitFor()
    await expectAccessible(page, { name: 'Server monitor drawer', include: [dialog], known: known.monitorDrawer })

    await page.getByRole('dialog').getByText('Load balancer', { exact: true }).click()
    await page
      .getByRole('dialog')
      .getByRole('figure', { name: /^Client connections of / })
      .locator('.recharts-line-curve')
      .waitFor()
    await expectAccessible(page, { name: 'Load-balancer monitor', include: [dialog], known: known.monitorDrawer })
  })

  test('unlimited servers: renewal and upgrade (choice, confirmation, refusal, order) and bound users', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'Unlimited servers')
    const servers = ((await harness.simState('demo')) as { servers: { planName: string }[] }).servers
    const [big, expiring, expired] = servers.map((s) => s.planName)
    const order = page.getByRole('dialog')

    // The expired server: its renewal and upgrade say so.
    await page.getByRole('button', { name: `Upgrade ${expired}`, exact: true }).click()
    await expect(order.getByText(/This server has expired/)).toBeVisible()
    await expectAccessible(page, {
      name: 'Upgrade of an expired server',
      include: [dialog],
      known: known.upgradeDialog,
    })
    await order.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: `Renew ${expiring}`, exact: true }).click()
    await order.getByTestId('order-wallet').waitFor()
    await expectAccessible(page, { name: 'Renewal: choice', include: [dialog], known: known.renewDialog })
    await order.getByRole('button', { name: 'Review order' }).click()
    await expectAccessible(page, { name: 'Renewal: confirmation', include: [dialog], known: known.renewDialog })
    await order.getByRole('button', { name: /^Pay and renew/ }).click()
    await order.getByTestId('order-amount').waitFor()
    await expectAccessible(page, { name: 'Renewal: order placed', include: [dialog], known: known.orderOutcome })
    await order.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    // 60 days of the big server cost more than the seeded wallet holds: Thordata refuses with 10008.
    await page.getByRole('button', { name: `Renew ${big}`, exact: true }).click()
    await order.getByRole('radio', { name: /^60 days/ }).check()
    await order.getByRole('button', { name: 'Review order' }).click()
    await order.getByRole('button', { name: 'Pay and renew for 60 days' }).click()
    await order.getByTestId('order-low-wallet').waitFor()
    await expectAccessible(page, { name: 'Renewal refused (10008)', include: [dialog], known: known.orderOutcome })
    await order.getByRole('button', { name: 'Back' }).click()
    await order.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: `Upgrade ${expiring}`, exact: true }).click()
    await order.getByTestId('order-wallet').waitFor()
    await expectAccessible(page, { name: 'Upgrade: choice', include: [dialog], known: known.upgradeDialog })
    await order.getByRole('button', { name: 'Review order' }).click()
    await expectAccessible(page, { name: 'Upgrade: confirmation', include: [dialog], known: known.upgradeDialog })
    await order.getByRole('button', { name: 'Back' }).click()
    await order.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: `Users bound to ${big}`, exact: true }).click()
    const drawer = page.getByRole('dialog', { name: `Users bound to ${big}` })
    await drawer.locator('tr[data-row-index]').first().waitFor()
    await expectAccessible(page, { name: 'Bound users drawer', include: [dialog], known: known.boundUsers })
    await drawer.getByRole('button', { name: 'Remove crawlfarm1' }).click()
    await expect(page.getByRole('dialog', { name: /^Remove crawlfarm1/ })).toBeVisible()
    await expectAccessible(page, { name: 'Unbind confirmation', include: [dialog], known: known.unbindUser })
  })

  test('ISP & datacenter: the list with rows selected and the expiration check with its answer', async ({ page }) => {
    await openDemoTab(page, 'ISP & datacenter')
    const table = page.getByRole('table', { name: 'Static proxy IPs' })
    await table.locator('tr[data-row-index]').first().waitFor()
    await table.getByRole('checkbox').nth(1).check()
    await expectAccessible(page, { name: 'ISP & datacenter', known: known.staticProxies })

    await page.getByRole('button', { name: 'Check 1 selected…' }).click()
    const check = page.getByRole('dialog', { name: 'Check expiration' })
    await check.getByRole('textbox', { name: 'IP addresses' }).fill('')
    await check.getByRole('button', { name: 'Check', exact: true }).click()
    await expect(check.getByRole('textbox', { name: 'IP addresses' })).toHaveAttribute('aria-invalid', 'true')
    await expectAccessible(page, {
      name: 'Expiration check (with an error)',
      include: [dialog],
      known: known.expirationCheck,
    })
    await check.getByRole('textbox', { name: 'IP addresses' }).fill('198.51.100.20 198.51.100.58 192.0.2.250')
    await check.getByRole('button', { name: 'Check 3 IPs' }).click()
    await expect(check.getByText('1 not known to Thordata')).toBeVisible()
    await expectAccessible(page, { name: 'Expiration check answer', include: [dialog], known: known.expirationCheck })
  })

  test('CDK codes: the list, creating (form, confirmation, new codes, a refusal), details and revoking', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'CDK codes')
    const table = page.getByRole('table', { name: 'CDK codes' })
    await table.locator('tbody tr').first().waitFor()
    await expectAccessible(page, { name: 'CDK codes' })

    await page.getByRole('button', { name: 'Create codes' }).click()
    await page.getByRole('dialog').getByLabel('Traffic per code').fill('5')
    await page.getByRole('dialog').getByLabel('Number of codes').fill('2')
    await expectAccessible(page, { name: 'Create CDK codes dialog', include: [dialog] })
    await page.getByRole('dialog').getByRole('button', { name: 'Review' }).click()
    await expect(page.getByRole('dialog', { name: 'Create 2 codes of 5.00 GB?' })).toBeVisible()
    await expectAccessible(page, { name: 'Create CDK codes confirmation', include: [dialog] })
    await page.getByRole('dialog').getByRole('button', { name: 'Create 2 codes' }).click()
    await expect(page.getByRole('dialog', { name: '2 codes created' })).toBeVisible()
    await expectAccessible(page, { name: 'New CDK codes', include: [dialog] })
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await harness.patchSimState('demo', { trafficBalanceMb: 0 })
    await page.getByRole('button', { name: 'Create codes' }).click()
    await page.getByRole('dialog').getByLabel('Traffic per code').fill('5')
    await page.getByRole('dialog').getByRole('button', { name: 'Review' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Create 1 code' }).click()
    await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible()
    await expectAccessible(page, { name: 'Create CDK codes refused', include: [dialog] })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await table
      .getByRole('button', { name: /^Details of / })
      .first()
      .click()
    await expect(page.getByRole('dialog').locator('dl')).toBeVisible()
    await expectAccessible(page, { name: 'CDK code details', include: [dialog] })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await table
      .getByRole('button', { name: /^Revoke / })
      .first()
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectAccessible(page, { name: 'Revoke CDK code confirmation', include: [dialog] })
  })
})
