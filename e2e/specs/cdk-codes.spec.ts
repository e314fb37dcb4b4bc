import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { parse } from 'papaparse'
import { expect, type Harness, openDemoTab, test } from '../fixtures'

interface SimCdk {
  cdk: string
  status: 1 | 2 | 3
  trafficGb: number
  usedBy: string
}
const simState = async (harness: Harness) =>
  (await harness.simState('demo')) as { cdks: SimCdk[]; trafficBalanceMb: number }
const dialog = (page: Page) => page.getByRole('dialog')
const summary = (page: Page) => page.getByRole('region', { name: 'Traffic in CDK codes' })

/** Opens the create dialog and fills it in. */
async function fillCreate(page: Page, traffic: string, count: string) {
  await page.getByRole('button', { name: 'Create codes' }).click()
  await dialog(page).getByLabel('Traffic per code').fill(traffic)
  await dialog(page).getByLabel('Number of codes').fill(count)
}

test.describe('CDK codes', () => {
  test('create → the new codes (copy all, CSV) → list → details → revoke, with the balance following', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'CDK codes')
    const before = await simState(harness)
    await expect(page.getByRole('table', { name: 'CDK codes' }).locator('tr[data-row-index]')).toHaveCount(
      before.cdks.length,
    )
    const balanceGb = (mb: number) => `${(mb / 1024).toFixed(2)} GB`
    await expect(summary(page)).toContainText(balanceGb(before.trafficBalanceMb))

    await fillCreate(page, '2', '3')
    await expect(dialog(page)).toContainText('In all: 3 × 2.00 GB = 6.00 GB from your traffic balance')
    await expect(dialog(page)).toContainText('does not name the unit')
    await dialog(page).getByRole('button', { name: 'Review' }).click()
    const confirm = page.getByRole('dialog', { name: 'Create 3 codes of 2.00 GB?' })
    await expect(confirm).toContainText('6.00 GB will be taken from your traffic balance')
    await expect(confirm).toContainText(
      `Traffic balance now: ${balanceGb(before.trafficBalanceMb)} · after: ${balanceGb(before.trafficBalanceMb - 6144)}`,
    )
    // A double click is one order.
    await confirm.getByRole('button', { name: 'Create 3 codes' }).dblclick()

    const created = page.getByRole('dialog', { name: '3 codes created' })
    const list = created.getByRole('list', { name: 'New codes' })
    await expect(list.getByRole('listitem')).toHaveCount(3)
    const after = await simState(harness)
    const fresh = after.cdks.filter((cdk) => !before.cdks.some((old) => old.cdk === cdk.cdk))
    expect(fresh.map((cdk) => [cdk.status, cdk.trafficGb])).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ])
    const codes = fresh.map((cdk) => cdk.cdk)
    expect(await list.getByRole('listitem').allTextContents()).toEqual(codes)
    expect(after.trafficBalanceMb).toBeCloseTo(before.trafficBalanceMb - 6144, 2)

    await created.getByRole('button', { name: 'Copy all 3 new codes' }).click()
    await expect.poll(async () => (await harness.state()).clipboard).toBe(codes.join('\n'))
    const downloading = page.waitForEvent('download')
    await created.getByRole('button', { name: 'Export CSV' }).click()
    const download = await downloading
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
    expect(parse<string[]>(text.trim()).data).toEqual([['Code', 'Traffic (GB)'], ...codes.map((code) => [code, '2'])])
    await created.getByRole('button', { name: 'Done' }).click()

    // The list and the balance follow.
    await expect(summary(page)).toContainText(balanceGb(after.trafficBalanceMb))
    const table = page.getByRole('table', { name: 'CDK codes' })
    for (const code of codes) await expect(table.getByRole('row', { name: new RegExp(code) })).toContainText('Unused')
    await page.getByText('Unused 6', { exact: true }).click()
    await expect(table.locator('tr[data-row-index]')).toHaveCount(6)
    await page.getByRole('textbox', { name: 'Search codes' }).fill(codes[1])
    await expect(table.locator('tr[data-row-index]')).toHaveCount(1)

    await page.getByRole('button', { name: `Details of ${codes[1]}` }).click()
    const details = page.getByRole('dialog', { name: `Code ${codes[1]}` })
    await expect(details).toContainText('Unused')
    await expect(details).toContainText('Not redeemed yet')
    await expect(details).toContainText('90 days')
    await details.getByRole('button', { name: 'Revoke' }).click()

    const revoke = page.getByRole('dialog', { name: `Revoke code ${codes[1]}?` })
    await expect(revoke).toContainText('its 2.00 GB goes back to your traffic balance')
    await revoke.getByRole('button', { name: `Revoke ${codes[1]}` }).click()
    await expect(page.getByText(`Revoked ${codes[1]}`)).toBeVisible()
    // Filtered on Unused, the revoked code leaves the list.
    await expect(table.locator('tr[data-row-index]')).toHaveCount(0)
    await page.getByRole('textbox', { name: 'Search codes' }).fill('')
    await page.getByText('Revoked 3', { exact: true }).click()
    await expect(table.getByRole('row', { name: new RegExp(codes[1]) })).toContainText('Revoked')

    const final = await simState(harness)
    expect(final.cdks.find((cdk) => cdk.cdk === codes[1])?.status).toBe(3)
    expect(final.trafficBalanceMb).toBeCloseTo(after.trafficBalanceMb + 2048, 2)
    await expect(summary(page)).toContainText(balanceGb(final.trafficBalanceMb))
    expect(final.cdks).toHaveLength(before.cdks.length + 3)
  })

  test('the details of a redeemed code say who redeemed it, when, and for how long; it cannot be revoked', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'CDK codes')
    const redeemed = (await simState(harness)).cdks.find((cdk) => cdk.status === 2)
    if (!redeemed) throw new Error('the seeded demo has no redeemed code')
    await expect(page.getByRole('button', { name: `Revoke ${redeemed.cdk}` })).toBeDisabled()
    await page.getByRole('button', { name: `Details of ${redeemed.cdk}` }).click()
    const details = page.getByRole('dialog', { name: `Code ${redeemed.cdk}` })
    await expect(details).toContainText('Redeemed')
    await expect(details).toContainText(redeemed.usedBy)
    await expect(details).toContainText('90 days')
    await expect(details.getByRole('definition').last()).not.toHaveText('—')
    await expect(details.getByRole('button', { name: 'Revoke' })).toHaveCount(0)
  })

  test('a traffic balance too low (10017) says so and keeps the form as typed; nothing is created', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'CDK codes')
    await harness.patchSimState('demo', { trafficBalanceMb: 1024 })
    const before = (await simState(harness)).cdks.length
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(summary(page)).toContainText('1.00 GB')
    await fillCreate(page, '2', '4')
    await expect(dialog(page)).toContainText('That is more than your traffic balance shows (1.00 GB)')
    await dialog(page).getByRole('button', { name: 'Review' }).click()
    await dialog(page).getByRole('button', { name: 'Create 4 codes' }).click()

    const form = page.getByRole('dialog', { name: 'Create CDK codes' })
    await expect(form.getByRole('alert')).toContainText('The codes were not created')
    await expect(form.getByRole('alert')).toContainText('Your traffic balance is too low for these codes (8 GB in all)')
    await expect(form.getByLabel('Traffic per code')).toHaveValue('2')
    await expect(form.getByLabel('Number of codes')).toHaveValue('4')
    expect((await simState(harness)).cdks).toHaveLength(before)

    // Fixed in place, the same form goes through.
    await form.getByLabel('Traffic per code').fill('1')
    await form.getByLabel('Number of codes').fill('1')
    await form.getByRole('button', { name: 'Review' }).click()
    await dialog(page).getByRole('button', { name: 'Create 1 code' }).click()
    await expect(page.getByRole('dialog', { name: '1 code created' })).toBeVisible()
  })

  test('an order whose answer is lost says the outcome is unknown and to look at the list first', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'CDK codes')
    await harness.addFault('demo', { kind: 'reset', path: '/cdk/create', times: 1 })
    await fillCreate(page, '1', '2')
    await dialog(page).getByRole('button', { name: 'Review' }).click()
    await dialog(page).getByRole('button', { name: 'Create 2 codes' }).click()
    const form = page.getByRole('dialog', { name: 'Create CDK codes' })
    await expect(form.getByRole('alert')).toContainText('Not known whether the codes were created')
    await expect(form).toContainText('Look at the list of codes')
    await expect(form.getByRole('alert')).not.toContainText(/try again/i)
    await expect(form.getByLabel('Number of codes')).toHaveValue('2')
  })

  test('after a 502 nothing more is created, even reopened, until the user says the list does not show the codes', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'CDK codes')
    await harness.addFault('demo', { kind: 'http-error', status: 502, path: '/cdk/create', times: 1 })
    await fillCreate(page, '1', '1')
    await dialog(page).getByRole('button', { name: 'Review' }).click()
    await dialog(page).getByRole('button', { name: 'Create 1 code' }).click()
    await expect(dialog(page).getByRole('alert')).toContainText('Not known whether the codes were created')
    await expect(dialog(page)).not.toContainText('The codes were not created')
    await dialog(page).getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog(page)).toHaveCount(0)

    await fillCreate(page, '1', '1')
    await expect(dialog(page).getByRole('alert')).toContainText('Look at the list of codes')
    await dialog(page).getByRole('button', { name: 'Review' }).click()
    const create = dialog(page).getByRole('button', { name: 'Create 1 code' })
    await expect(create).toBeDisabled()
    const creates = async () =>
      (await harness.simRequests('demo')).filter((r) => r.startsWith('POST ') && r.endsWith('/cdk/create')).length
    expect(await creates()).toBe(1)
    await dialog(page)
      .getByRole('checkbox', { name: /I checked the list of codes/ })
      .check()
    await create.click()
    await expect(page.getByRole('dialog', { name: '1 code created' })).toBeVisible()
    expect(await creates()).toBe(2)
  })

  test('a number of codes Thordata refuses (10012) is marked on its field', async ({ page, harness }) => {
    await openDemoTab(page, 'CDK codes')
    await fillCreate(page, '1', '101')
    await dialog(page).getByRole('button', { name: 'Review' }).click()
    await dialog(page).getByRole('button', { name: 'Create 101 codes' }).click()
    const count = page.getByRole('dialog', { name: 'Create CDK codes' }).getByLabel('Number of codes')
    await expect(count).toHaveAttribute('aria-invalid', 'true')
    expect((await simState(harness)).cdks).toHaveLength(7)
  })
  test('a narrow window (900×600) shows each code whole, with its Details and Revoke, and nothing sideways', async ({
    page,
    harness,
  }) => {
    await page.setViewportSize({ width: 900, height: 600 })
    await openDemoTab(page, 'CDK codes')
    const { cdks } = await simState(harness)
    const table = page.getByRole('table', { name: 'CDK codes' })
    for (const cdk of cdks) {
      const row = table.locator('tr[data-row-index]').filter({ has: page.getByText(cdk.cdk, { exact: true }) })
      await row.scrollIntoViewIfNeeded()
      const code = row.getByText(cdk.cdk, { exact: true })
      expect(await code.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
      await expect(row.getByRole('button', { name: `Details of ${cdk.cdk}` })).toBeVisible()
      await expect(row.getByRole('button', { name: `Revoke ${cdk.cdk}` })).toBeVisible()
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(900)
  })
})
