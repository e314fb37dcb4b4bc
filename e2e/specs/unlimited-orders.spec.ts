import type { Page } from '@playwright/test'
import { expect, type Harness, openDemoTab, test } from '../fixtures'

interface SimServer {
  planName: string
  insId: string
  expiresAt: number
  svId: number
  bwId: number
}
interface SimState {
  servers: SimServer[]
  walletBalance: number
  nextOrderNumber: number
}
const simState = async (harness: Harness) => (await harness.simState('demo')) as unknown as SimState

/** How many renewals or upgrades reached the simulator ("was the order sent exactly once?"). */
const ordersSent = async (harness: Harness, path: string) =>
  (await harness.simRequests('demo')).filter((r) => r.startsWith('POST ') && r.endsWith(path)).length

const usd = (amount: number) => `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2 })}`

/** Opens an order dialog from the server's row; the demo (and its simulator) must be running. */
async function openOrder(page: Page, harness: Harness, action: 'Renew' | 'Upgrade', index: number) {
  const server = (await simState(harness)).servers[index]
  await page.getByRole('button', { name: `${action} ${server.planName}` }).click()
  const dialog = page.getByRole('dialog', { name: `${action} ${server.planName}` })
  await expect(dialog).toBeVisible()
  return { server, dialog }
}

test.describe('unlimited servers: renewal and upgrade', () => {
  test('a renewal refused with 10008 shows the reason and the balance; the simulator got exactly one order', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'Unlimited servers')
    await harness.patchSimState('demo', { walletBalance: 4.2 })
    const { server, dialog } = await openOrder(page, harness, 'Renew', 1)
    await expect(dialog.getByTestId('order-wallet')).toHaveText('$4.20')
    await dialog.getByRole('radio', { name: /^60 days/ }).check()
    await dialog.getByRole('button', { name: 'Review order' }).click()
    await dialog.getByRole('button', { name: 'Pay and renew for 60 days' }).click()

    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText('Your wallet balance is too low for this order.')
    await expect(alert.getByTestId('order-low-wallet')).toHaveText('Your wallet holds $4.20.')
    await alert.getByRole('button', { name: 'Top up in the Thordata dashboard' }).click()
    await expect.poll(async () => (await harness.state()).opened).toEqual(['https://dashboard.thordata.com/'])

    // The form is kept: back on the choice, the 60 days are still picked.
    await dialog.getByRole('button', { name: 'Back' }).click()
    await expect(dialog.getByRole('radio', { name: /^60 days/ })).toBeChecked()
    expect(await ordersSent(harness, '/unlimited/renew')).toBe(1)
    const after = await simState(harness)
    expect(after.walletBalance).toBe(4.2)
    expect(after.servers[1].expiresAt).toBe(server.expiresAt)
  })

  test('a double-clicked confirm sends one renewal, and the order, its charge and the new wallet show', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'Unlimited servers')
    // A slow answer keeps the first click's request open while the second lands.
    await harness.addFault('demo', { kind: 'latency', latencyMs: 600, path: '/unlimited/renew' })
    const before = await simState(harness)
    const { server, dialog } = await openOrder(page, harness, 'Renew', 1)
    await dialog.getByRole('radio', { name: /^7 days/ }).check()
    await dialog.getByRole('button', { name: 'Review order' }).click()
    await dialog.getByRole('button', { name: 'Pay and renew for 7 days' }).dblclick()

    await expect(dialog.getByText('Order placed', { exact: true }).first()).toBeVisible()
    const after = await simState(harness)
    const charged = Math.round((before.walletBalance - after.walletBalance) * 100) / 100
    expect(charged).toBeGreaterThan(0)
    expect(after.nextOrderNumber).toBe(before.nextOrderNumber + 1)
    expect(await ordersSent(harness, '/unlimited/renew')).toBe(1)
    await expect(dialog.getByTestId('order-id')).toHaveText(`Thor${before.nextOrderNumber}`)
    await expect(dialog.getByTestId('order-amount')).toHaveText(usd(charged))
    await expect(dialog.getByTestId('order-wallet')).toHaveText(usd(after.walletBalance))
    expect(after.servers[1].expiresAt).toBe(server.expiresAt + 7 * 86_400_000)
  })

  test('an upgrade that succeeds shows the order and the new wallet balance', async ({ page, harness }) => {
    await openDemoTab(page, 'Unlimited servers')
    const before = await simState(harness)
    const { dialog } = await openOrder(page, harness, 'Upgrade', 1)
    await dialog.getByRole('combobox', { name: 'New machine' }).click()
    await page.getByRole('option', { name: '16 vCPU · 32 GiB' }).click()
    await dialog.getByRole('combobox', { name: 'New bandwidth' }).click()
    await page.getByRole('option', { name: '500 Mbps' }).click()
    await dialog.getByRole('button', { name: 'Review order' }).click()
    await expect(dialog.getByRole('table', { name: 'Your order' })).toContainText('8 vCPU · 16 GiB → 16 vCPU · 32 GiB')
    await expect(dialog.getByRole('table', { name: 'Your order' })).toContainText('300 Mbps → 500 Mbps')
    await dialog.getByRole('button', { name: 'Pay and upgrade' }).click()

    await expect(dialog.getByTestId('order-id')).toHaveText(`Thor${before.nextOrderNumber}`)
    const after = await simState(harness)
    expect(after.servers[1]).toMatchObject({ svId: 2, bwId: 4 })
    const charged = Math.round((before.walletBalance - after.walletBalance) * 100) / 100
    await expect(dialog.getByTestId('order-amount')).toHaveText(usd(charged))
    await expect(dialog.getByTestId('order-wallet')).toHaveText(usd(after.walletBalance))
    await dialog.getByRole('button', { name: 'Done' }).click()
    // The list shows the new size once the dialog has closed.
    await expect(page.getByRole('row', { name: new RegExp(before.servers[1].planName) })).toContainText('500Mbps')
  })

  test('a lost answer says the outcome is unknown and to check the order list; nothing is sent again', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'Unlimited servers')
    await harness.addFault('demo', { kind: 'reset', path: '/unlimited/renew', times: 1 })
    const { dialog } = await openOrder(page, harness, 'Renew', 0)
    await dialog.getByRole('button', { name: 'Review order' }).click()
    const pay = dialog.getByRole('button', { name: 'Pay and renew for 30 days' })
    await pay.click()
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText('Outcome unknown')
    await expect(alert).toContainText('may or may not have been placed and paid for')
    await expect(alert).toContainText('Check the order list in the Thordata dashboard before ordering again.')
    await expect(pay).toBeDisabled()
    await alert.getByRole('button', { name: 'Open the order list in the dashboard' }).click()
    await expect.poll(async () => (await harness.state()).opened).toEqual(['https://dashboard.thordata.com/'])
    // One request, the one that was reset: never sent again.
    expect(await ordersSent(harness, '/unlimited/renew')).toBe(1)
    // Going back (the mutation's error is gone) does not lift the gate.
    await dialog.getByRole('button', { name: 'Back' }).click()
    await dialog.getByRole('button', { name: 'Review order' }).click()
    await expect(pay).toBeDisabled()
    await alert.getByRole('checkbox', { name: /I checked the order list/ }).check()
    await expect(pay).toBeEnabled()
  })
})
