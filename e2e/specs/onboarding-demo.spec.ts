import { expect, test } from '../fixtures'

test.describe('first launch', () => {
  test('explore demo shows the simulated account, figure for figure', async ({ page, harness }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Welcome to Thordata Desktop' })).toBeVisible()
    await page.getByRole('button', { name: 'Explore demo' }).click()

    await expect(page.getByRole('tab', { name: 'Account' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByTestId('account-chip')).toContainText('Demo')

    const sim = (await harness.simState('demo')) as { trafficBalanceMb: number; walletBalance: number }
    // One rule for every traffic figure: GB at two decimals.
    const gb = (sim.trafficBalanceMb / 1024).toFixed(2)
    await expect(page.getByRole('region', { name: 'Traffic remaining' })).toContainText(`${gb} GB`)
    await expect(page.getByRole('region', { name: 'Wallet' })).toContainText(
      `$${sim.walletBalance.toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    )
    await expect(page.getByRole('region', { name: 'Expires' })).toContainText(/Expires in \d+ days/)
    // The usage chart (lazy-loaded) draws the last 30 days.
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible()
    await expect(page.getByText('Used in period')).toBeVisible()
    await expect(page.getByRole('figure', { name: 'Daily traffic usage chart' })).toBeVisible()
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()

    // Demo mode is remembered: the next launch opens straight on the account.
    await harness.restart()
    await expect(page.getByRole('region', { name: 'Traffic remaining' })).toContainText(`${gb} GB`)
  })

  test('the balance follows the account: a change at Thordata shows after Refresh', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await expect(page.getByRole('region', { name: 'Traffic remaining' })).toContainText('GB')
    await harness.patchSimState('demo', { trafficBalanceMb: 512 })
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Traffic remaining' })).toContainText('512.0 MB')
    await expect(page.getByRole('region', { name: 'Traffic remaining' })).toContainText('Below your 1 GB warning level')
  })
})
