import { expect, fillConnectForm, test } from '../fixtures'

const traffic = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Traffic remaining' })
const wallet = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Wallet' })
const gb = (mb: number) => `${(mb / 1024).toFixed(2)} GB`

test.describe('account figures', () => {
  test('a refresh failure keeps the last values', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await expect(page.getByTestId('account-chip')).toContainText('Demo')
    const sim = (await harness.simState('demo')) as { trafficBalanceMb: number; walletBalance: number }
    await expect(traffic(page)).toContainText(gb(sim.trafficBalanceMb))
    await expect(wallet(page)).toContainText(
      `$${sim.walletBalance.toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    )

    await harness.addFault('demo', { kind: 'http-error', status: 503, path: '/api/account/' })
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()

    // Main retries a 503 with backoff before it gives up: allow for it.
    await expect(traffic(page).getByText(/^Couldn't refresh · /)).toBeVisible({ timeout: 20_000 })
    await expect(traffic(page)).toContainText(gb(sim.trafficBalanceMb))
    await expect(traffic(page).locator('[data-stale="true"]')).toBeVisible()
    await expect(wallet(page).getByText(/^Couldn't refresh · /)).toBeVisible({ timeout: 20_000 })
    await expect(wallet(page)).toContainText(
      `$${sim.walletBalance.toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    )
    // No alert replaces the figures.
    await expect(page.getByRole('alert')).toHaveCount(0)

    await harness.clearFaults('demo')
    await traffic(page).getByRole('button', { name: 'Try again' }).click()
    await expect(traffic(page).getByText(/^Couldn't refresh/)).toHaveCount(0)
  })

  test('the app opens on the cached balance while the API is slow, then updates', async ({ page, harness }) => {
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, account)
    const before = (await harness.simState('remote')) as { trafficBalanceMb: number }
    await expect(traffic(page)).toContainText(gb(before.trafficBalanceMb))
    // The first usage answer settles the balance unit, and main then drops the balance it kept (its unit was a
    // guess): one Refresh once the page has loaded keeps it again.
    await expect(page.getByRole('figure', { name: 'Daily traffic usage chart' })).toBeVisible()
    const refresh = page.getByRole('button', { name: 'Refresh', exact: true })
    await expect(refresh).not.toHaveAttribute('data-loading')
    await refresh.click()
    await expect(refresh).not.toHaveAttribute('data-loading')
    await expect(traffic(page)).toContainText(gb(before.trafficBalanceMb))

    const freshMb = before.trafficBalanceMb + 2048
    await harness.patchSimState('remote', { trafficBalanceMb: freshMb })
    await harness.addFault('remote', { kind: 'latency', latencyMs: 3000, path: 'traffic-balance' })
    await harness.restart()

    // At once, well before the slow answer: the figure kept from the last run, and how old it is.
    await expect(traffic(page)).toContainText(gb(before.trafficBalanceMb), { timeout: 2_500 })
    await expect(traffic(page).getByTestId('cached-age')).toHaveText(/^Last fetched (just now|\d+ min ago)/)
    // Then the fresh one, and the age note goes.
    await expect(traffic(page)).toContainText(gb(freshMb), { timeout: 15_000 })
    await expect(traffic(page).getByTestId('cached-age')).toHaveCount(0)
  })

  test("the window paints the kept balance before the app's code has run", async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    // The demo's simulator exists once the session has switched to it.
    await expect(page.getByTestId('account-chip')).toContainText('Demo')
    const sim = (await harness.simState('demo')) as { trafficBalanceMb: number }
    await expect(traffic(page)).toContainText(gb(sim.trafficBalanceMb))
    // As in the test above: once the usage answer has settled the unit, a Refresh keeps the balance again.
    await expect(page.getByRole('figure', { name: 'Daily traffic usage chart' })).toBeVisible()
    const refresh = page.getByRole('button', { name: 'Refresh', exact: true })
    await expect(refresh).not.toHaveAttribute('data-loading')
    await refresh.click()
    await expect(refresh).not.toHaveAttribute('data-loading')

    // The app's bundle held back: what the window shows comes from the launch screen alone.
    let release = () => {}
    const held = new Promise<void>((done) => {
      release = done
    })
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.reload()
    const launch = page.getByRole('region', { name: 'Traffic remaining' })
    await expect(launch).toContainText(gb(sim.trafficBalanceMb))
    await expect(launch).toContainText(/Last fetched (just now|\d+ min ago)/)
    await expect(page.getByText('Starting Thordata Desktop…')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0)

    release()
    await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible()
    await expect(traffic(page)).toContainText(gb(sim.trafficBalanceMb))
    await expect(page.getByText('Starting Thordata Desktop…')).toHaveCount(0)
  })
})
