import type { Page } from '@playwright/test'
import { expect, type Harness, openDemoTab, test } from '../fixtures'

interface SimServer {
  planName: string
  insId: string
  region: string
  expiresAt: number
}

const servers = async (harness: Harness) => ((await harness.simState('demo')) as { servers: SimServer[] }).servers
const restarts = async (harness: Harness) =>
  (await harness.simRequests('demo')).filter((r) => r === 'POST /api/unlimited/restart-server').length

const rowOf = (page: Page, planName: string) =>
  page.getByRole('table', { name: 'Unlimited servers' }).getByRole('row').filter({ hasText: planName })

/** A row's action: its icon button, or the same item in the row's "…" menu when the table is narrow. */
async function rowAction(page: Page, planName: string, label: string) {
  await expect(rowOf(page, planName)).toBeVisible()
  const button = page.getByRole('button', { name: `${label} ${planName}`, exact: true })
  if (await button.isVisible()) return button.click()
  await page.getByRole('button', { name: `Actions for ${planName}` }).click()
  await page.getByRole('menuitem', { name: `${label} ${planName}`, exact: true }).click()
}

test.describe('unlimited servers', () => {
  test('the list shows every server with its plan, machine, bandwidth, status, dates, ids and region', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'Unlimited servers')
    const [healthy, expiring, expired] = await servers(harness)
    const table = page.getByRole('table', { name: 'Unlimited servers' })
    await expect(table.getByRole('row').filter({ hasText: '.proxy.thordata.net' })).toHaveCount(3)
    // Soonest expiry first: the expired one, then the one running out.
    const first = table.getByRole('row').filter({ hasText: '.proxy.thordata.net' }).first()
    await expect(first).toContainText(expired.planName)
    await expect(rowOf(page, expired.planName)).toContainText('Expired')
    await expect(rowOf(page, expiring.planName)).toContainText(/\d days? left/)
    await expect(rowOf(page, healthy.planName)).toContainText('Running')
    await expect(rowOf(page, healthy.planName)).toContainText('16vCPU 32GiB')
    await expect(rowOf(page, healthy.planName)).toContainText('500Mbps')
    // What does not fit beside them is in the row's details: region, instance and order.
    await page.getByRole('button', { name: `Show details: ${healthy.planName}` }).click()
    const details = page.getByRole('table', { name: 'Unlimited servers' })
    await expect(details).toContainText(healthy.region)
    await expect(details).toContainText(healthy.insId)
    const { orderId } = (await servers(harness))[0] as SimServer & { orderId: string }
    await expect(details).toContainText(orderId)
  })

  test('restart after confirming: the row says "Restarting", then "Running" once the server is back', async ({
    page,
    harness,
  }) => {
    // The window's timers run on a clock the test moves, so the poll comes without waiting.
    await page.clock.install()
    await openDemoTab(page, 'Unlimited servers')
    const [healthy] = await servers(harness)
    await expect(rowOf(page, healthy.planName)).toContainText('Running')

    await rowAction(page, healthy.planName, 'Restart')
    const dialog = page.getByRole('dialog', { name: `Restart ${healthy.planName}?` })
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    expect(await restarts(harness)).toBe(0)
    await dialog.getByRole('button', { name: 'Restart server' }).dblclick()
    await expect(dialog).toHaveCount(0)
    await expect(page.getByText(`Restart of ${healthy.planName} requested.`)).toBeVisible()
    await expect(rowOf(page, healthy.planName)).toContainText('Restarting')
    expect(await restarts(harness)).toBe(1)

    // The simulated server finishes its restart (10 s of its clock); the next poll sees it running.
    await harness.advanceSimClock('demo', 10_000)
    await page.clock.fastForward(3_000)
    await expect(page.getByText(`${healthy.planName} is running again.`)).toBeVisible()
    await expect(rowOf(page, healthy.planName)).toContainText('Running')
    expect(await restarts(harness)).toBe(1)
  })

  test('a restart that does not finish in time says what to do', async ({ page, harness }) => {
    await page.clock.install()
    await openDemoTab(page, 'Unlimited servers')
    const [, expiring] = await servers(harness)
    await rowAction(page, expiring.planName, 'Restart')
    await page.getByRole('dialog').getByRole('button', { name: 'Restart server' }).click()
    await expect(rowOf(page, expiring.planName)).toContainText('Restarting')
    // The simulated restart never finishes, however long this test takes.
    await harness.patchSimState('demo', {
      servers: { [expiring.planName]: { restartingUntil: Number.MAX_SAFE_INTEGER } },
    })

    // Three minutes of the window's clock, while the server stays down.
    await page.clock.fastForward(3 * 60_000)
    const notice = page.getByRole('alert').filter({ hasText: `${expiring.planName} has not come back yet` })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('Press Refresh in a few minutes')
    await expect(page.getByText(`${expiring.planName} is running again.`)).toHaveCount(0)
    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect(notice).toHaveCount(0)
  })

  test('a refused restart keeps the dialog open with the reason and changes nothing', async ({ page, harness }) => {
    await openDemoTab(page, 'Unlimited servers')
    const [, , expired] = await servers(harness)
    await rowAction(page, expired.planName, 'Restart')
    const dialog = page.getByRole('dialog', { name: `Restart ${expired.planName}?` })
    await expect(dialog).toContainText('Thordata reports this server as')
    await dialog.getByRole('button', { name: 'Restart server' }).click()
    await expect(dialog.getByRole('alert')).toBeVisible()
    await expect(dialog).toBeVisible()
    await expect(rowOf(page, expired.planName)).not.toContainText('Restarting')
    expect(await restarts(harness)).toBe(1)
  })
})
